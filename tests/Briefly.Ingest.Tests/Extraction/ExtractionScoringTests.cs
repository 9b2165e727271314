using Briefly.Ingest.Extraction.Evaluation;

namespace Briefly.Ingest.Tests.Extraction;

public class ExtractionScoringTests
{
    [Fact]
    public void Words_are_runs_of_letters_digits_and_underscores()
    {
        // A combining mark is not a word character in Python's \w, so it ends the word as punctuation does.
        Assert.Equal(["cafe", "x_y", "42", "Ünïcode"], WordTokens.Split("cafe\u0301, x_y (42) — Ünïcode!", lowerCase: false));
        Assert.Equal(["the", "cat"], WordTokens.Split("The CAT", lowerCase: true));
    }

    [Fact]
    public void Shingles_are_four_token_windows_and_short_texts_are_one_shingle()
    {
        Assert.Equal(2, ShingleScorer.Shingles("a b c d e").Count);
        Assert.Single(ShingleScorer.Shingles("one two"));
        Assert.Empty(ShingleScorer.Shingles(" ... "));
        Assert.Equal(2, ShingleScorer.Shingles("a b c d a b c d").Values.Max());
    }

    [Fact]
    public void Shingle_score_by_hand()
    {
        // Page 1: truth {abcd, bcde}, prediction {abcd, bcdx}: TP 1, FP 1, FN 1, so P = R = 1/2.
        // Page 2: empty prediction: out of the precision mean, recall 0.
        // Page 3: the same words with other punctuation: P = R = 1, and an exact match.
        // P = (1/2 + 1) / 2 = 0.75, R = (1/2 + 0 + 1) / 3 = 0.5, F1 = 2 * 0.75 * 0.5 / 1.25 = 0.6, accuracy 1/3.
        var scorer = new ShingleScorer();
        scorer.Add("a b c d e", "a b c d x");
        scorer.Add("one two", "");
        scorer.Add("Hello, world!", "Hello world");
        var result = scorer.Result();
        Assert.Equal(3, result.Pages);
        Assert.Equal(0.75, result.Precision, 12);
        Assert.Equal(0.5, result.Recall, 12);
        Assert.Equal(0.6, result.F1, 12);
        Assert.Equal(1.0 / 3, result.Accuracy!.Value, 12);
    }

    [Fact]
    public void Shingles_keep_case()
    {
        Assert.Equal((0.0, 0.0), ShingleScorer.Page("Word", "word"));
        Assert.Equal((1.0, 1.0), ShingleScorer.Page("", ""));
    }

    [Fact]
    public void Word_bag_score_by_hand()
    {
        // Reference the,cat,sat,on,the,mat (6); prediction the,cat,the,dog (4); overlap the x2 + cat = 3.
        var (precision, recall, f1) = WordBagScorer.Page("The cat sat on the mat.", "the cat, the dog");
        Assert.Equal(0.75, precision, 12);
        Assert.Equal(0.5, recall, 12);
        Assert.Equal(0.6, f1, 12);
    }

    [Fact]
    public void Word_bag_means_per_page_figures_and_counts_snippets()
    {
        var scorer = new WordBagScorer();
        scorer.Add("The cat sat on the mat.", "the cat, the dog", with: ["The cat", "sat on"], without: ["the dog"]);
        scorer.Add("Nothing here", "");
        scorer.Add("", "");
        var result = scorer.Result();
        Assert.Equal((0.6 + 0 + 1) / 3, result.F1, 12);
        Assert.Equal((0.75 + 0 + 1) / 3, result.Precision, 12);
        Assert.Equal((0.5 + 1 + 1) / 3, scorer.WithRate, 12);
        Assert.Equal((1 + 1 + 1) / 3.0, scorer.WithoutRate, 12);
    }
}
