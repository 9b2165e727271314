using System.Globalization;
using AngleSharp.Dom;
using Briefly.Text;

namespace Briefly.Ingest.Html;

/// <summary>
/// Marks summary sentences in a body fragment so the page can link to them (#s{start}) and highlight them
/// ([data-s="{start}"]). Only text nodes are split, and each piece is wrapped in a span inside its own text
/// node's parent, so the markup nests exactly as before and no content moves.
/// </summary>
internal static class SentenceAnchors
{
    public const string PieceClass = "s";
    public const string StartAttribute = "data-s";

    public static string IdFor(int start) => "s" + start.ToString(CultureInfo.InvariantCulture);

    public static string Annotate(string html, IReadOnlyList<TextSpan> sentences)
    {
        if (string.IsNullOrEmpty(html))
            return "";
        using var document = BodyFragment.Parse(html);
        if (document.Body is not { } body)
            return "";
        var map = BodyTextMap.Build(body);
        var pieces = Locate(map, Accepted(sentences, map.Text.Length));
        var i = 0;
        while (i < pieces.Count)
            i = Wrap(document, map, pieces, i);
        return BodyFragment.Serialize(body);
    }

    /// <summary>
    /// The sentences that can be marked, by start: empty and out-of-range spans are skipped, and of overlapping
    /// ones the earlier start wins (the longer on a tie), because one character can belong to one anchor only.
    /// </summary>
    private static List<TextSpan> Accepted(IReadOnlyList<TextSpan> sentences, int textLength)
    {
        var candidates = new List<TextSpan>(sentences.Count);
        foreach (var s in sentences)
        {
            if (s.Length > 0 && s.Start >= 0 && s.Start <= textLength - s.Length)
                candidates.Add(s);
        }
        candidates.Sort((a, b) => a.Start != b.Start ? a.Start.CompareTo(b.Start) : b.Length.CompareTo(a.Length));
        var accepted = new List<TextSpan>(candidates.Count);
        foreach (var s in candidates)
        {
            if (accepted.Count == 0 || s.Start >= accepted[^1].End)
                accepted.Add(s);
        }
        return accepted;
    }

    private readonly record struct Marked(BodyTextMap.Piece Piece, int Sentence, bool First);

    // Sentences ascend and do not overlap, so their pieces come out ordered by node and by offset within a node.
    private static List<Marked> Locate(BodyTextMap map, List<TextSpan> sentences)
    {
        var marked = new List<Marked>();
        var pieces = new List<BodyTextMap.Piece>();
        var runIndex = 0;
        foreach (var sentence in sentences)
        {
            pieces.Clear();
            map.Pieces(sentence.Start, sentence.End, ref runIndex, pieces);
            for (var p = 0; p < pieces.Count; p++)
                marked.Add(new Marked(pieces[p], sentence.Start, p == 0));
        }
        return marked;
    }

    /// <summary>Replaces one text node by its unmarked and marked parts; returns the index of the next node's first piece.</summary>
    private static int Wrap(IDocument document, BodyTextMap map, List<Marked> marked, int i)
    {
        var nodeIndex = marked[i].Piece.Node;
        var node = map.Nodes[nodeIndex];
        var data = node.Data;
        var parts = new List<INode>();
        var cursor = 0;
        for (; i < marked.Count && marked[i].Piece.Node == nodeIndex; i++)
        {
            var (piece, sentence, first) = marked[i];
            if (piece.Start > cursor)
                parts.Add(document.CreateTextNode(data[cursor..piece.Start]));
            var span = document.CreateElement("span");
            if (first)
                span.SetAttribute("id", IdFor(sentence));
            span.SetAttribute("class", PieceClass);
            span.SetAttribute(StartAttribute, sentence.ToString(CultureInfo.InvariantCulture));
            span.AppendChild(document.CreateTextNode(data[piece.Start..piece.End]));
            parts.Add(span);
            cursor = piece.End;
        }
        if (cursor < data.Length)
            parts.Add(document.CreateTextNode(data[cursor..]));
        node.Replace([.. parts]);
        return i;
    }
}
