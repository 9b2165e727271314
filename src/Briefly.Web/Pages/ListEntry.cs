using Briefly.Storage;
using Briefly.Text;

namespace Briefly.Web.Pages;

/// <summary>
/// One article in a list: its Short summary (an excerpt while the summary is being made), or on a results page the
/// sentence that matches the query best, with the matching words of title and text marked.
/// </summary>
public sealed record ListEntry(ArticleListItem Article, string Text, IReadOnlyList<TextSpan> TitleMarks, IReadOnlyList<TextSpan> TextMarks)
{
    /// <summary>False when the article is known to be one or two sentences: it is its own summary.</summary>
    public bool CanSummarize { get; init; } = true;
}
