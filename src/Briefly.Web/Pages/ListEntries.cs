using Briefly.Storage;
using Briefly.Text;
using Briefly.Text.Search;
using Briefly.Web.Articles;
using Briefly.Web.Summaries;

namespace Briefly.Web.Pages;

/// <summary>What the home, section, tag and search pages show for each article (<see cref="ListEntry"/>).</summary>
public sealed class ListEntries(ListSummaries summaries, ArticleCatalog catalog)
{
    public IReadOnlyList<ListEntry> For(ArticlePage page)
    {
        ArgumentNullException.ThrowIfNull(page);
        return [.. page.Items.Select(Summarized)];
    }

    /// <summary>
    /// Results of <paramref name="query"/>: each with the article's sentence that holds the most of the query's
    /// words (the earlier one on a tie), or its summary when only the title matches.
    /// </summary>
    public async Task<IReadOnlyList<ListEntry>> ForResultsAsync(ArticlePage page, string query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(page);
        var entries = new List<ListEntry>(page.Items.Count);
        var matchers = new Dictionary<string, QueryMatcher>(StringComparer.Ordinal);
        foreach (var item in page.Items)
        {
            if (!matchers.TryGetValue(item.Language, out var matcher))
                matchers[item.Language] = matcher = new QueryMatcher(query, item.Language);
            var entry = Summarized(item) with { TitleMarks = matcher.Find(item.Title) };
            var article = await catalog.GetBySlugAsync(item.Slug, cancellationToken);
            if (article is not null && BestSentence(matcher, article, catalog.Sentences(article)) is { } sentence)
                entry = entry with { Text = sentence, TextMarks = matcher.Find(sentence) };
            else
                entry = entry with { TextMarks = matcher.Find(entry.Text) };
            entries.Add(entry);
        }
        return entries;
    }

    private ListEntry Summarized(ArticleListItem item)
    {
        var summary = summaries.Find(item);
        return summary is null || summary.Sentences.Count == 0
            ? new ListEntry(item, item.Excerpt, [], [])
            : new ListEntry(item, summary.Paragraph, [], [])
            {
                CanSummarize = ArticleBody.Summarizable(summary.SourceSentences),
            };
    }

    private static string? BestSentence(QueryMatcher matcher, Article article, IReadOnlyList<TextSpan> sentences)
    {
        var (best, bestCount) = ((TextSpan?)null, 0);
        foreach (var span in sentences)
        {
            var count = matcher.CountDistinct(span.Slice(article.BodyText));
            if (count > bestCount)
                (best, bestCount) = (span, count);
            if (bestCount == matcher.WordCount)
                break;
        }
        return best?.Slice(article.BodyText);
    }
}
