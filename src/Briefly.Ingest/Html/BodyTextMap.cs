using System.Text;
using AngleSharp.Dom;

namespace Briefly.Ingest.Html;

/// <summary>
/// The plain text of a body and where each of its characters came from. This is the single walk behind both
/// <see cref="ArticleHtml.ToText"/> and <see cref="ArticleHtml.AnnotateSentences"/>, so a span of the text always
/// finds its way back to the DOM.
/// </summary>
/// <remarks>
/// Text rules: every element in <see cref="ArticleElements.ParagraphBreaks"/> ends a paragraph before and after
/// itself; paragraphs are joined by one "\n" and empty ones vanish; inside a paragraph each run of whitespace
/// (<see cref="char.IsWhiteSpace(char)"/>, across text nodes and inline elements) becomes one space, and none is kept
/// at either end. Elements in <see cref="ArticleElements.Dropped"/> contribute no text (a dropped block still ends
/// the paragraph before it).
/// Map rules: each non-space character maps to itself in its text node; a collapsed space maps to the first
/// whitespace character of its run; "\n" maps to nothing.
/// </remarks>
internal sealed class BodyTextMap
{
    private readonly List<Run> _runs;

    private BodyTextMap(string text, List<IText> nodes, List<Run> runs)
    {
        Text = text;
        Nodes = nodes;
        _runs = runs;
    }

    public string Text { get; }

    /// <summary>Text nodes in document order; <see cref="Piece.Node"/> indexes this list.</summary>
    public IReadOnlyList<IText> Nodes { get; }

    /// <summary>Text positions [TextStart, TextStart + Length) are node characters [NodeOffset, NodeOffset + Length).</summary>
    private readonly record struct Run(int TextStart, int Length, int Node, int NodeOffset)
    {
        public int TextEnd => TextStart + Length;
    }

    /// <summary>A part of one text node: characters [Start, End) of <see cref="Nodes"/>[Node].</summary>
    public readonly record struct Piece(int Node, int Start, int End);

    public static BodyTextMap Build(IElement root)
    {
        var walker = new Walker();
        walker.Walk(root);
        return new BodyTextMap(walker.Text.ToString(), walker.Nodes, walker.Runs);
    }

    /// <summary>
    /// The parts of text nodes that hold text [start, end), in document order, one per node. Whitespace that
    /// collapsed away between two mapped characters of the same node is inside the piece.
    /// <c>runIndex</c> is where to start looking and is advanced past runs that end by <c>end</c>, so callers that
    /// go through ascending, non-overlapping ranges do linear work in all.
    /// </summary>
    public void Pieces(int start, int end, ref int runIndex, List<Piece> into)
    {
        while (runIndex < _runs.Count && _runs[runIndex].TextEnd <= start)
            runIndex++;
        for (var i = runIndex; i < _runs.Count && _runs[i].TextStart < end; i++)
        {
            var run = _runs[i];
            var from = run.NodeOffset + (Math.Max(start, run.TextStart) - run.TextStart);
            var to = run.NodeOffset + (Math.Min(end, run.TextEnd) - run.TextStart);
            if (into.Count > 0 && into[^1].Node == run.Node)
                into[^1] = into[^1] with { End = to };
            else
                into.Add(new Piece(run.Node, from, to));
            if (run.TextEnd <= end)
                runIndex = i + 1;
        }
    }

    private sealed class Walker
    {
        public readonly StringBuilder Text = new();
        public readonly List<IText> Nodes = [];
        public readonly List<Run> Runs = [];

        private bool _pendingBreak;
        private bool _pendingSpace;
        private int _spaceNode;
        private int _spaceOffset;

        // Iterative on purpose: the input is untrusted and may nest thousands of levels deep.
        public void Walk(IElement root)
        {
            var stack = new Stack<(INode Node, bool Leaving)>();
            stack.Push((root, false));
            while (stack.Count > 0)
            {
                var (node, leaving) = stack.Pop();
                if (node is IText text)
                {
                    if (text.Parent is not IElement { LocalName: var parent } || !ArticleElements.NoText.Contains(parent))
                        Add(text);
                    continue;
                }
                if (node is not IElement element)
                    continue;
                var breaks = ArticleElements.ParagraphBreaks.Contains(element.LocalName);
                if (breaks)
                    _pendingBreak = true;
                if (leaving || ArticleElements.Dropped.Contains(element.LocalName))
                    continue;
                if (breaks)
                    stack.Push((element, true));
                for (var child = element.LastChild; child is not null; child = child.PreviousSibling)
                    stack.Push((child, false));
            }
        }

        private void Add(IText node)
        {
            var data = node.Data;
            var index = -1;
            for (var offset = 0; offset < data.Length; offset++)
            {
                var c = data[offset];
                if (char.IsWhiteSpace(c))
                {
                    if (!_pendingSpace)
                    {
                        if (index < 0)
                            index = AddNode(node);
                        _pendingSpace = true;
                        _spaceNode = index;
                        _spaceOffset = offset;
                    }
                    continue;
                }
                if (index < 0)
                    index = AddNode(node);
                if (Text.Length > 0)
                {
                    if (_pendingBreak)
                        Text.Append('\n');
                    else if (_pendingSpace)
                        Append(' ', _spaceNode, _spaceOffset);
                }
                _pendingBreak = _pendingSpace = false;
                Append(c, index, offset);
            }
        }

        private int AddNode(IText node)
        {
            Nodes.Add(node);
            return Nodes.Count - 1;
        }

        private void Append(char c, int node, int offset)
        {
            var position = Text.Length;
            Text.Append(c);
            if (Runs.Count > 0)
            {
                var last = Runs[^1];
                if (last.Node == node && last.TextEnd == position && last.NodeOffset + last.Length == offset)
                {
                    Runs[^1] = last with { Length = last.Length + 1 };
                    return;
                }
            }
            Runs.Add(new Run(position, 1, node, offset));
        }
    }
}
