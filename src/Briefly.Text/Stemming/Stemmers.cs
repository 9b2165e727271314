using Lucene.Net.Tartarus.Snowball;
using Lucene.Net.Tartarus.Snowball.Ext;

namespace Briefly.Text.Stemming;

/// <summary>Snowball stemmers from Lucene.Net.Analysis.Common by ISO 639-1 code.</summary>
public static class Stemmers
{
    private static readonly Dictionary<string, Func<SnowballProgram>> Factories = new(StringComparer.OrdinalIgnoreCase)
    {
        ["en"] = () => new EnglishStemmer(),
        ["ru"] = () => new RussianStemmer(),
        ["de"] = () => new German2Stemmer(),
        ["fr"] = () => new FrenchStemmer(),
        ["es"] = () => new SpanishStemmer(),
        ["it"] = () => new ItalianStemmer(),
        ["pt"] = () => new PortugueseStemmer(),
        ["nl"] = () => new DutchStemmer(),
        ["da"] = () => new DanishStemmer(),
        ["sv"] = () => new SwedishStemmer(),
        ["no"] = () => new NorwegianStemmer(),
        ["nb"] = () => new NorwegianStemmer(),
        ["fi"] = () => new FinnishStemmer(),
        ["hu"] = () => new HungarianStemmer(),
        ["ro"] = () => new RomanianStemmer(),
        ["tr"] = () => new TurkishStemmer(),
        ["ca"] = () => new CatalanStemmer(),
        ["eu"] = () => new BasqueStemmer(),
        ["ga"] = () => new IrishStemmer(),
        ["hy"] = () => new ArmenianStemmer(),
    };

    [ThreadStatic]
    private static Dictionary<string, IWordStemmer>? t_cache;

    /// <summary>Languages that have a real stemmer.</summary>
    public static IReadOnlyCollection<string> Languages => Factories.Keys;

    public static bool Has(string language) => Factories.ContainsKey(language);

    /// <summary>The calling thread's stemmer for <paramref name="language"/>, or the identity stemmer.</summary>
    public static IWordStemmer For(string language)
    {
        t_cache ??= new Dictionary<string, IWordStemmer>(StringComparer.OrdinalIgnoreCase);
        if (t_cache.TryGetValue(language, out var stemmer))
            return stemmer;
        stemmer = Factories.TryGetValue(language, out var make)
            ? new SnowballWordStemmer(make())
            : IdentityStemmer.Instance;
        t_cache[language] = stemmer;
        return stemmer;
    }
}
