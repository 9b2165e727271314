namespace Briefly.Text.Stemming;

/// <summary>The fallback for languages without a Snowball stemmer: words compare as written.</summary>
public sealed class IdentityStemmer : IWordStemmer
{
    public static readonly IdentityStemmer Instance = new();

    public string Stem(string word) => word;
}
