using AngleSharp.Dom;

namespace Briefly.Ingest.Html;

/// <summary>
/// Reshapes a parsed body before the allowlist is applied: drops widget subtrees, renumbers headings and turns
/// layout containers (div, section, ...) into paragraphs, so that unwrapping them cannot glue the text of two
/// blocks into one paragraph ("&lt;div&gt;a&lt;/div&gt;&lt;div&gt;b&lt;/div&gt;" must stay two paragraphs).
/// </summary>
/// <remarks>
/// The result is a fixed point: sanitizing it again changes nothing. That is why every decision here is made on
/// what will be left at the end (a paragraph with nothing readable in it is gone, so it is not a block that keeps
/// its neighbours out of a paragraph).
/// </remarks>
internal static class BlockNormalizer
{
    public static void Normalize(IElement body)
    {
        var boundaries = DropWidgets(body);

        // Decide bottom-up, change top-down. Whether a container becomes a p or is unwrapped depends on its
        // children, but moving nodes costs the depth they sit at, so the changes run from the root: by the time a
        // container is unwrapped its ancestors are gone and it sits near the top, which keeps a chain of a few
        // thousand nested divs linear instead of quadratic.
        var preOrder = PreOrder(body);
        var readable = new HashSet<IElement>();
        var blocks = new HashSet<IElement>();
        var empty = new HashSet<IElement>();
        for (var i = preOrder.Count - 1; i >= 0; i--)
            Classify(preOrder[i], readable, blocks, empty);

        foreach (var element in preOrder)
        {
            if (element == body)
            {
                WrapInlineRuns(element, blocks, readable, boundaries);
            }
            else if (empty.Contains(element))
            {
                element.Remove();
            }
            else if (ArticleElements.HeadingReplacement(element.LocalName) is { } heading)
            {
                Rename(element, heading);
            }
            else if (ArticleElements.Containers.Contains(element.LocalName) || !ArticleElements.Allowed.Contains(element.LocalName))
            {
                // Any element the allowlist will unwrap is a container once it holds blocks (an unknown
                // <x-story> around paragraphs): its loose text must become paragraphs too, or it would end
                // up loose between blocks and a second sanitizing pass would wrap it then.
                if (HasBlockChild(element, blocks))
                {
                    WrapInlineRuns(element, blocks, readable, boundaries);
                    Unwrap(element);
                }
                else if (ArticleElements.Containers.Contains(element.LocalName))
                {
                    Rename(element, "p");
                }
            }
        }
    }

    /// <summary>Something a reader sees: text that is not whitespace, or an image.</summary>
    public static bool HasReadableContent(IElement element) =>
        !string.IsNullOrWhiteSpace(element.TextContent) || element.LocalName == "img" || element.QuerySelector("img") is not null;

    /// <summary>
    /// Removes widget subtrees. A dropped block (nav, form, ...) still separated the text around it: the comment
    /// left in its place keeps that boundary while runs are wrapped, without making anything around it look like a
    /// block, and the sanitizer removes comments afterwards.
    /// </summary>
    private static HashSet<INode> DropWidgets(IElement body)
    {
        var boundaries = new HashSet<INode>();
        foreach (var element in body.QuerySelectorAll("*").ToList())
        {
            if (!ArticleElements.Dropped.Contains(element.LocalName) || element.Parent is null)
                continue;
            if (ArticleElements.ParagraphBreaks.Contains(element.LocalName))
            {
                var boundary = element.Owner!.CreateComment("");
                element.Replace(boundary);
                boundaries.Add(boundary);
            }
            else
            {
                element.Remove();
            }
        }
        return boundaries;
    }

    /// <summary>Children first: is the element readable, will it be a block at the end, or will it be gone.</summary>
    private static void Classify(IElement element, HashSet<IElement> readable, HashSet<IElement> blocks, HashSet<IElement> empty)
    {
        var isReadable = element.LocalName == "img";
        var hasBlockChild = false;
        foreach (var child in element.ChildNodes)
        {
            if (child is IText text)
                isReadable |= !string.IsNullOrWhiteSpace(text.Data);
            else if (child is IElement e)
            {
                isReadable |= readable.Contains(e);
                hasBlockChild |= blocks.Contains(e);
            }
        }
        if (isReadable)
            readable.Add(element);

        var name = element.LocalName;
        bool isBlock;
        if (name == "p" || (ArticleElements.Containers.Contains(name) && !hasBlockChild))
        {
            // Becomes (or is) a paragraph, which is kept only if there is something in it to read.
            isBlock = isReadable;
            if (!isReadable)
                empty.Add(element);
        }
        else
        {
            // A container with blocks in it counts as one: its blocks take its place.
            isBlock = (ArticleElements.ParagraphBreaks.Contains(name) && name != "br") || ArticleElements.Containers.Contains(name) || hasBlockChild;
        }
        if (isBlock)
            blocks.Add(element);
    }

    private static bool HasBlockChild(IElement element, HashSet<IElement> blocks)
    {
        for (var child = element.FirstElementChild; child is not null; child = child.NextElementSibling)
        {
            if (blocks.Contains(child))
                return true;
        }
        return false;
    }

    /// <summary>Each maximal run of inline children that holds something readable becomes one p.</summary>
    private static void WrapInlineRuns(IElement parent, HashSet<IElement> blocks, HashSet<IElement> readable, HashSet<INode> boundaries)
    {
        var run = new List<INode>();
        var hasContent = false;
        foreach (var child in parent.ChildNodes.ToList())
        {
            if ((child is IElement e && blocks.Contains(e)) || boundaries.Contains(child))
            {
                if (hasContent)
                    Wrap(run);
                run.Clear();
                hasContent = false;
            }
            else
            {
                run.Add(child);
                hasContent |= child switch
                {
                    IText text => !string.IsNullOrWhiteSpace(text.Data),
                    IElement element => readable.Contains(element),
                    _ => false,
                };
            }
        }
        if (hasContent)
            Wrap(run);
    }

    private static void Wrap(List<INode> run)
    {
        var first = run[0];
        var paragraph = first.Owner!.CreateElement("p");
        first.Parent!.InsertBefore(paragraph, first);
        foreach (var node in run)
            paragraph.AppendChild(node);
    }

    // Attributes are not carried over: none that the allowlist keeps means anything on a heading or a p, and
    // copying them one by one would trip over names the parser accepts but SetAttribute rejects.
    private static void Rename(IElement element, string name)
    {
        var renamed = element.Owner!.CreateElement(name);
        while (element.FirstChild is { } child)
            renamed.AppendChild(child);
        element.Replace(renamed);
    }

    private static void Unwrap(IElement element)
    {
        var parent = element.Parent!;
        while (element.FirstChild is { } child)
            parent.InsertBefore(child, element);
        element.Remove();
    }

    // Iterative on purpose: the input is untrusted and may nest thousands of levels deep.
    private static List<IElement> PreOrder(IElement root)
    {
        var order = new List<IElement>();
        var stack = new Stack<IElement>();
        stack.Push(root);
        while (stack.Count > 0)
        {
            var element = stack.Pop();
            order.Add(element);
            for (var child = element.LastElementChild; child is not null; child = child.PreviousElementSibling)
                stack.Push(child);
        }
        return order;
    }
}
