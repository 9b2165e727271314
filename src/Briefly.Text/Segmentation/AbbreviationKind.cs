namespace Briefly.Text.Segmentation;

/// <summary>How a known abbreviation's period behaves when the next word could start a sentence.</summary>
/// <remarks>A lower-case next word never starts a sentence after a period, so these only matter before capitals, digits and symbols.</remarks>
[Flags]
internal enum AbbreviationKind
{
    /// <summary>Known, but its period ends a sentence like any word's: "etc.", "т.д.".</summary>
    EndsNormally = 0,

    /// <summary>Something always follows: titles and connectives ("Mr.", "e.g.", "т.е.").</summary>
    NeverEnds = 1,

    /// <summary>Not an end before a number: "No. 5", "Jan. 12", "стр. 7".</summary>
    BeforeNumber = 2,

    /// <summary>
    /// Often followed by a proper name ("Inc.", "U.S.", "St."), so a capital proves nothing: the period ends
    /// a sentence only before a word that typically opens one ("The", "He", "В").
    /// </summary>
    BeforeName = 4,

    /// <summary>"a.m.", "p.m.": ends before a capital unless the capital continues the time ("10 a.m. Monday").</summary>
    TimeOfDay = 8,

    /// <summary>
    /// Before a title in quotes only: "газ. «Ведомости»". For words that are also nouns ("газ" is gas), so a capital
    /// without quotes still ends the sentence, and so does a quoted sentence opener ("…сжиженный газ. «Мы…»").
    /// <see cref="BeforeName"/> already covers quoted names, since the quote is skipped before the word is read.
    /// </summary>
    BeforeQuotedName = 16,
}
