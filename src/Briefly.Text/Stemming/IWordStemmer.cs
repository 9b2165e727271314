namespace Briefly.Text.Stemming;

/// <summary>Reduces a lower-case word to its stem. Instances are not thread-safe; get one per thread from <see cref="Stemmers"/>.</summary>
public interface IWordStemmer
{
    string Stem(string word);
}
