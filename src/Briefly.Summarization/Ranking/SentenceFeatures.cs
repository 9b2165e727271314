using Briefly.Summarization.Analysis;

namespace Briefly.Summarization.Ranking;

/// <summary>
/// The learned ranker's raw features, computed from the document alone (never from which data set it came
/// from): position, paragraph starts, directed and undirected centrality, headline overlap, length and
/// quote/question flags, plus a few interactions. One row of <see cref="Count"/> values per sentence.
/// See docs/summarizer.md for what each one means.
/// </summary>
public static class SentenceFeatures
{
    /// <summary>Feature names, in column order; the weights file names them so a mismatch is caught on load.</summary>
    public static IReadOnlyList<string> Names { get; } =
    [
        "position_prior",
        "first_sentence",
        "relative_position",
        "position_x_log_sentences",
        "paragraph_start",
        "forward_centrality",
        "backward_centrality",
        "degree_centrality",
        "centroid_similarity",
        "title_overlap",
        "log_words",
        "relative_length",
        "short_sentence",
        "long_sentence",
        "length_x_centrality",
        "textrank",
        "lexrank",
        "question",
        "quote",
        "word_probability",
        "frequency_coverage",
        "capitalized_share",
        "number_share",
        "log_words_squared",
    ];

    public static int Count => Names.Count;

    /// <summary>Row-major features, <c>n × Count</c>.</summary>
    public static double[] Compute(Document document)
    {
        if (document.Sentences.Count == 0)
            return [];
        var vectors = SentenceVectors.Build(document, SentenceVectors.InverseSentenceFrequency(document));
        return Compute(document, vectors, SentencePairs.Build(vectors, document.Sentences.Count, document.VocabularySize));
    }

    /// <summary>
    /// Features from vectors the caller already built for this document, in rows <see cref="Count"/> +
    /// <paramref name="spareColumns"/> wide: the spare columns (left zero) let a caller append its own values
    /// without copying a matrix that, for a text of a few hundred thousand sentences, is tens of megabytes.
    /// </summary>
    internal static double[] Compute(Document document, SentenceVectors vectors, SentencePairs pairs, int spareColumns = 0)
    {
        var n = document.Sentences.Count;
        var f = Count + spareColumns;
        var x = new double[n * f];
        if (n == 0)
            return x;
        var forward = new double[n];
        var backward = new double[n];
        var degree = new double[n];
        var band = SimilarityGraph.Band(n);
        var logDistinct = new double[n];
        for (var i = 0; i < n; i++)
            logDistinct[i] = vectors.Distinct(i) > 0 ? Math.Log(vectors.Distinct(i)) : 0;
        var first = pairs.First;
        var second = pairs.Second;
        var cosines = pairs.Cosine;
        var sharedStems = pairs.Shared;
        var overlaps = new double[pairs.Count];
        for (var p = 0; p < overlaps.Length; p++)
        {
            int i = first[p], j = second[p];
            var cosine = cosines[p];
            forward[i] += cosine;   // i introduces what the later sentence j develops
            backward[j] += cosine;  // j repeats the earlier sentence i
            var lengths = logDistinct[i] + logDistinct[j];
            var overlap = lengths > 0 ? sharedStems[p] / lengths : 0;  // TextRank's edge weight
            overlaps[p] = overlap;
            degree[i] += overlap;
            degree[j] += overlap;
        }
        var textRank = PageRank(n, first, second, overlaps);
        var lexRank = PageRank(n, first, second, cosines);
        var centroid = vectors.CentroidCosines(document.VocabularySize);
        // SumBasic's word probabilities: how often each content stem occurs in the whole document.
        var termCount = new int[document.VocabularySize];
        var totalTerms = 0;
        foreach (var s in document.Sentences)
        {
            foreach (var t in s.Terms)
                termCount[t]++;
            totalTerms += s.Terms.Length;
        }
        var perTerm = 1.0 / Math.Max(1, totalTerms);
        var title = DefaultRanker.TitleOverlap(document, vectors);
        var neighbours = Math.Max(1, Math.Min(n - 1, 2 * band));
        var logSentences = Math.Log(1 + n);
        var meanWords = 0.0;
        foreach (var s in document.Sentences)
            meanWords += s.WordCount;
        meanWords = Math.Max(1, meanWords / n);
        for (var i = 0; i < n; i++)
        {
            var s = document.Sentences[i];
            var row = x.AsSpan(i * f, Count);
            var prior = 1 / Math.Pow(1 + i, 0.3);
            var logWords = Math.Log(1 + s.WordCount);
            var centrality = degree[i] / neighbours;
            row[0] = prior;
            row[1] = i == 0 ? 1 : 0;
            row[2] = n > 1 ? (double)i / (n - 1) : 0;
            row[3] = prior * logSentences;
            row[4] = s.IndexInParagraph == 0 ? 1 : 0;
            row[5] = forward[i] / neighbours;
            row[6] = backward[i] / neighbours;
            row[7] = centrality;
            row[8] = centroid[i];
            row[9] = title[i];
            row[10] = logWords;
            row[11] = s.WordCount / meanWords;
            row[12] = s.WordCount < 8 ? 1 : 0;
            row[13] = s.WordCount > 60 ? 1 : 0;
            row[14] = logWords * centrality;
            row[15] = textRank[i] * n;
            row[16] = lexRank[i] * n;
            row[17] = s.IsQuestion ? 1 : 0;
            row[18] = s.IsQuote ? 1 : 0;
            var probability = 0.0;
            foreach (var t in s.Terms)
                probability += termCount[t];
            row[19] = s.Terms.Length > 0 ? probability * perTerm / s.Terms.Length : 0;
            var coverage = 0.0;
            foreach (var t in vectors.Ids(i))
                coverage += termCount[t];
            row[20] = coverage * perTerm;
            row[21] = (double)s.CapitalizedWords / Math.Max(1, s.WordCount);
            row[22] = (double)s.NumberWords / Math.Max(1, s.WordCount);
            row[23] = logWords * logWords;
        }
        return x;
    }

    /// <summary>
    /// Weighted PageRank (d = 0.85) over the symmetric edge list: TextRank's overlap weights or LexRank's
    /// cosines. The same fixed point as <see cref="SimilarityGraph.PageRank"/>, without building adjacency lists.
    /// </summary>
    /// <summary>PageRank (d = 0.85) over the undirected weighted graph whose edges are the listed pairs.</summary>
    private static double[] PageRank(int n, ReadOnlySpan<int> first, ReadOnlySpan<int> second, ReadOnlySpan<double> weights)
    {
        const double damping = 0.85;
        var outWeight = new double[n];
        for (var p = 0; p < weights.Length; p++)
        {
            outWeight[first[p]] += weights[p];
            outWeight[second[p]] += weights[p];
        }
        // Each edge's share of its two ends' out-weight, computed once instead of in every iteration.
        var toSecond = new double[weights.Length];
        var toFirst = new double[weights.Length];
        for (var p = 0; p < weights.Length; p++)
        {
            if (weights[p] <= 0)
                continue;
            toSecond[p] = damping * weights[p] / outWeight[first[p]];
            toFirst[p] = damping * weights[p] / outWeight[second[p]];
        }
        var rank = new double[n];
        var next = new double[n];
        Array.Fill(rank, 1.0 / n);
        for (var iteration = 0; iteration < 100; iteration++)
        {
            var dangling = 0.0;
            for (var i = 0; i < n; i++)
            {
                if (outWeight[i] == 0)
                    dangling += rank[i];
            }
            Array.Fill(next, (1 - damping) / n + damping * dangling / n);
            for (var p = 0; p < toSecond.Length; p++)
            {
                next[second[p]] += rank[first[p]] * toSecond[p];
                next[first[p]] += rank[second[p]] * toFirst[p];
            }
            var delta = 0.0;
            for (var i = 0; i < n; i++)
            {
                delta += Math.Abs(next[i] - rank[i]);
                rank[i] = next[i];
            }
            if (delta < 1e-6)
                break;
        }
        return rank;
    }
}
