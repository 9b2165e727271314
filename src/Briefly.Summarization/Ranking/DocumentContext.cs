using Briefly.Summarization.Analysis;

namespace Briefly.Summarization.Ranking;

/// <summary>
/// Document-level values known at inference time — the document's shape — that the learned ranker multiplies
/// with its (already scaled) sentence features, so one pooled model can weigh position against centrality
/// differently for long articles, short paragraphs or missing titles. The requested summary length is not among
/// them: one ranking serves every length. Constant within a document, so they only act through these
/// interactions (a plain column would vanish under per-document z-scores). See docs/summarizer.md.
/// </summary>
public static class DocumentContext
{
    /// <summary>Context names, in order.</summary>
    public static IReadOnlyList<string> Names { get; } =
    [
        "log_sentences",
        "log_mean_words",
        "log_sentences_per_paragraph",
        "has_title",
    ];

    /// <summary>Indices of the contexts that describe the document's shape: all of them.</summary>
    public static IReadOnlyList<int> Shape { get; } = [0, 1, 2, 3];

    /// <summary>The sentence features that get interacted with each chosen context.</summary>
    public static IReadOnlyList<string> InteractedFeatures { get; } =
    [
        "position_prior",
        "first_sentence",
        "relative_position",
        "paragraph_start",
        "forward_centrality",
        "backward_centrality",
        "degree_centrality",
        "centroid_similarity",
        "textrank",
        "title_overlap",
        "log_words",
        "relative_length",
    ];

    /// <summary>
    /// The context values of <paramref name="document"/>. Roughly centred on typical news (about 30 sentences of
    /// about 22 words, two per paragraph), so the plain feature weights stay those of a typical article.
    /// </summary>
    public static double[] Compute(Document document)
    {
        ArgumentNullException.ThrowIfNull(document);
        var n = document.Sentences.Count;
        var words = 0;
        var paragraphs = 0;
        foreach (var s in document.Sentences)
        {
            words += s.WordCount;
            if (s.IndexInParagraph == 0)
                paragraphs++;
        }
        return
        [
            Math.Log(1 + n) - Math.Log(31),
            Math.Log(1 + (double)words / Math.Max(1, n)) - Math.Log(23),
            Math.Log((double)Math.Max(1, n) / Math.Max(1, paragraphs)) - Math.Log(2),
            document.TitleTerms.Length > 0 ? 1 : 0,
        ];
    }
}
