using System.Collections.Concurrent;
using System.Reflection;
using Lucene.Net.Analysis.Snowball;

namespace Briefly.Text.Languages;

/// <summary>
/// Stop-word lists by ISO 639-1 code, read once from the lists Lucene.Net.Analysis.Common embeds
/// (Snowball and per-analyzer files), plus small hand-written lists where Lucene has none.
/// </summary>
public static class StopWords
{
    private const string Prefix = "Lucene.Net.Analysis.Common.Analysis.";

    // Snowball files put one or more words before '|' and comments after it; the others use '#' comments.
    private static readonly Dictionary<string, (string Resource, bool Snowball)> Sources = new(StringComparer.OrdinalIgnoreCase)
    {
        ["en"] = ("Snowball.english_stop.txt", true),
        ["ru"] = ("Snowball.russian_stop.txt", true),
        ["de"] = ("Snowball.german_stop.txt", true),
        ["fr"] = ("Snowball.french_stop.txt", true),
        ["es"] = ("Snowball.spanish_stop.txt", true),
        ["it"] = ("Snowball.italian_stop.txt", true),
        ["pt"] = ("Snowball.portuguese_stop.txt", true),
        ["nl"] = ("Snowball.dutch_stop.txt", true),
        ["sv"] = ("Snowball.swedish_stop.txt", true),
        ["da"] = ("Snowball.danish_stop.txt", true),
        ["no"] = ("Snowball.norwegian_stop.txt", true),
        ["nb"] = ("Snowball.norwegian_stop.txt", true),
        ["nn"] = ("Snowball.norwegian_stop.txt", true),
        ["fi"] = ("Snowball.finnish_stop.txt", true),
        ["hu"] = ("Snowball.hungarian_stop.txt", true),
        ["ro"] = ("Ro.stopwords.txt", false),
        ["tr"] = ("Tr.stopwords.txt", false),
        ["ca"] = ("Ca.stopwords.txt", false),
        ["cs"] = ("Cz.stopwords.txt", false),
        ["bg"] = ("Bg.stopwords.txt", false),
        ["el"] = ("El.stopwords.txt", false),
        ["ar"] = ("Ar.stopwords.txt", false),
        ["fa"] = ("Fa.stopwords.txt", false),
        ["hi"] = ("Hi.stopwords.txt", false),
        ["hy"] = ("Hy.stopwords.txt", false),
        ["eu"] = ("Eu.stopwords.txt", false),
        ["ga"] = ("Ga.stopwords.txt", false),
        ["gl"] = ("Gl.stopwords.txt", false),
        ["id"] = ("Id.stopwords.txt", false),
        ["lv"] = ("Lv.stopwords.txt", false),
        ["th"] = ("Th.stopwords.txt", false),
        ["ckb"] = ("Ckb.stopwords.txt", false),
    };

    // Lucene ships no Ukrainian, Polish or Urdu list; these cover the function words that dominate news text.
    private const string Ukrainian =
        "і й та що не на в у з із зі до за від як це цей ця ці цього цієї цих його її їх їхній їм йому їй " +
        "але або чи також теж для про після через перед під над між без при по поки щоб коли де куди там тут " +
        "вже ще лише тільки навіть саме так тому адже бо якщо хоча був була було були буде будуть бути є " +
        "який яка яке які якого якої яких котрий він вона воно вони ми ви я ти нас вас нам вам мене тебе " +
        "себе свій своя своє свої свого своєї усі всі все весь вся інший інша інші інших кожен кожна більш " +
        "більше менше дуже можна може треба нині зараз тепер також проте однак отже тобто ні ж же";

    private const string Polish =
        "i w we z ze na do nie się że to jest są był była było byli były być jak od po za o przez dla przy " +
        "oraz także też ale lub albo czy jego jej ich go mu im ten ta te tego tej tych tym który która które " +
        "którego której których co gdy gdzie jeszcze już tylko nawet bardzo może można będzie będą został " +
        "została zostały zostało jako pod nad przed między bez u a aby żeby jednak więc tak tu tam on ona " +
        "ono oni one my wy ja ty nas was nam wam sobie swoje swój swoja wszystkie wszystko każdy inne innych";

    // Postpositions, auxiliaries, pronouns and conjunctions; Urdu news repeats them in nearly every sentence.
    private const string Urdu =
        "کے کی کا کو کہ میں سے نے پر تک اور یا بھی ہی تو نہ نہیں ہے ہیں تھا تھی تھے ہو ہوا ہوئی ہوئے ہوں " +
        "ہوتا ہوتی ہوتے ہونے گا گی گے گیا گئی گئے رہا رہی رہے کر کرنا کرنے کرتا کرتی کرتے کیا کیے کیں " +
        "دیا دی دیے لیے لیا لی جا جانے جاتا جاتی جاتے یہ وہ اس ان اسے انہیں انہوں جس جن جو جب تب اب " +
        "ایک اپنے اپنی اپنا آپ ہم وہاں یہاں کچھ کوئی کسی سب بہت ساتھ بعد پہلے طرف طرح بارے مطابق والے " +
        "والی والا لیکن مگر اگر چونکہ کیونکہ تاکہ بلکہ پھر کہا کہنا";

    private static readonly ConcurrentDictionary<string, StopWordSet> Cache = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>Languages with a stop-word list.</summary>
    public static IReadOnlyCollection<string> Languages { get; } =
        [.. Sources.Keys.Concat(["uk", "pl", "ur"]).Order(StringComparer.Ordinal)];

    /// <summary>The stop words of <paramref name="language"/> (ISO 639-1, case-insensitive); empty when unknown.</summary>
    public static StopWordSet For(string language)
    {
        if (string.IsNullOrEmpty(language))
            return StopWordSet.Empty;
        return Cache.GetOrAdd(language, static lang => Load(lang.ToLowerInvariant()));
    }

    private static StopWordSet Load(string language)
    {
        if (language == "uk")
            return new StopWordSet(language, Ukrainian.Split(' ', StringSplitOptions.RemoveEmptyEntries));
        if (language == "pl")
            return new StopWordSet(language, Polish.Split(' ', StringSplitOptions.RemoveEmptyEntries));
        if (language == "ur")
            return new StopWordSet(language, Urdu.Split(' ', StringSplitOptions.RemoveEmptyEntries));
        if (!Sources.TryGetValue(language, out var source))
            return StopWordSet.Empty;
        var words = new List<string>();
        foreach (var word in ReadResource(source.Resource, source.Snowball))
        {
            words.Add(word);
            AddVariants(language, word, words);
        }
        return new StopWordSet(language, words);
    }

    // Lucene's Romanian list predates comma-below letters, and lists spell apostrophes as ASCII while news uses U+2019.
    private static void AddVariants(string language, string word, List<string> into)
    {
        if (language == "ro" && word.AsSpan().IndexOfAny('ş', 'ţ') >= 0)
            into.Add(word.Replace('ş', 'ș').Replace('ţ', 'ț'));
        if (word.Contains('\''))
            into.Add(word.Replace('\'', '\u2019'));
    }

    private static IEnumerable<string> ReadResource(string name, bool snowball)
    {
        Assembly assembly = typeof(SnowballFilter).Assembly;
        using var stream = assembly.GetManifestResourceStream(Prefix + name);
        if (stream is null)
            yield break;
        using var reader = new StreamReader(stream);
        while (reader.ReadLine() is { } line)
        {
            var comment = line.IndexOf(snowball ? '|' : '#');
            var content = comment >= 0 ? line[..comment] : line;
            foreach (var word in content.Split([' ', '\t', '\r'], StringSplitOptions.RemoveEmptyEntries))
                yield return word.ToLowerInvariant();
        }
    }
}
