using System.Buffers;
using Briefly.Summarization.Analysis;
using Briefly.Summarization.Ranking;
using Briefly.Summarization.Selection;

namespace Briefly.Summarization;

/// <summary>
/// Analyse, rank, select: the shape of every built-in method; they differ in the ranker and in whether selection
/// skips near-duplicates (<paramref name="blockRepeats"/>) and keeps every sentence readable on its own
/// (<paramref name="readable"/>: antecedents of back-references and whole quotations come along).
/// </summary>
public sealed class ExtractiveSummarizer(string name, string description, ISentenceRanker ranker, bool blockRepeats, bool readable = false) : ISummarizer
{
    public string Name => name;

    public string Description => description;

    public string Version => Summarizers.EngineVersion;

    public ValueTask<Summary> SummarizeAsync(SummaryRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        return ValueTask.FromResult(Summarize(request.Text, request.Options));
    }

    public Summary Summarize(string text, SummaryOptions options)
    {
        var document = DocumentAnalyzer.Analyze(text, options.Language, options.Title, ranker.NeedsTerms);
        return Summarize(document, options.Length);
    }

    public Summary Summarize(Document document, SummaryLength length) => SummarizeEach(document, length)[0];

    /// <summary>A summary of one document at each of several lengths, its sentences ranked once.</summary>
    public Summary[] SummarizeEach(Document document, params ReadOnlySpan<SummaryLength> lengths)
    {
        var n = document.Sentences.Count;
        var rented = ArrayPool<double>.Shared.Rent(Math.Max(1, n));
        try
        {
            var scores = rented.AsSpan(0, n);
            scores.Clear();
            ranker.Score(document, scores);
            var summaries = new Summary[lengths.Length];
            for (var l = 0; l < lengths.Length; l++)
            {
                var picked = n == 0 ? [] : SentenceSelector.Select(document, scores, lengths[l], blockRepeats, readable);
                var sentences = new SummarySentence[picked.Count];
                for (var k = 0; k < picked.Count; k++)
                {
                    var s = document.Sentences[picked[k]];
                    sentences[k] = new SummarySentence(s.Span.Slice(document.Text), s.Span.Start, s.Span.Length, s.Index, Math.Round(scores[picked[k]], 6));
                }
                summaries[l] = new Summary(document.Language, name, sentences, Math.Max(n, document.SourceSentences), document.SourceWords);
            }
            return summaries;
        }
        finally
        {
            ArrayPool<double>.Shared.Return(rented);
        }
    }
}
