namespace Briefly.Summarization.Evaluation;

/// <summary>ROUGE-L (one sequence per side) and ROUGE-1.5.5's summary-level union LCS (ROUGE-Lsum).</summary>
internal static class LongestCommonSubsequence
{
    /// <summary>With one sentence per side every LCS token is a distinct match, so ROUGE-1.5.5's clipping never bites and the length is the hit count.</summary>
    public static int Length(ReadOnlySpan<int> a, ReadOnlySpan<int> b, ref int[] row)
    {
        if (a.IsEmpty || b.IsEmpty)
            return 0;
        if (row.Length < b.Length + 1)
            row = new int[Math.Max(b.Length + 1, row.Length * 2)];
        var previous = row.AsSpan(0, b.Length + 1);
        previous.Clear();
        foreach (var x in a)
        {
            // previous[j] holds the row above; diagonal carries the value above-left before it is overwritten.
            var diagonal = 0;
            for (var j = 1; j <= b.Length; j++)
            {
                var above = previous[j];
                previous[j] = x == b[j - 1] ? diagonal + 1 : Math.Max(above, previous[j - 1]);
                diagonal = above;
            }
        }
        return previous[b.Length];
    }

    /// <summary>
    /// For each reference sentence, the union of one LCS with every candidate sentence; a marked token is a hit
    /// only while both sides still have an unused occurrence of it, so no token scores more often than it occurs
    /// (ROUGE-1.5.5's fix from 1.4.1). <paramref name="referenceCounts"/> and <paramref name="candidateCounts"/>
    /// must be all zero and are left all zero.
    /// </summary>
    public static int UnionHits(TokenSequence reference, TokenSequence candidate, int[] referenceCounts, int[] candidateCounts, ref int[] table, ref bool[] mask)
    {
        foreach (var id in reference.Ids)
            referenceCounts[id]++;
        foreach (var id in candidate.Ids)
            candidateCounts[id]++;

        var hits = 0;
        for (var r = 0; r < reference.LineCount; r++)
        {
            var sentence = reference.Line(r);
            if (sentence.IsEmpty)
                continue;
            if (mask.Length < sentence.Length)
                mask = new bool[Math.Max(sentence.Length, mask.Length * 2)];
            var hit = mask.AsSpan(0, sentence.Length);
            hit.Clear();
            for (var c = 0; c < candidate.LineCount; c++)
                MarkLcs(sentence, candidate.Line(c), hit, ref table);
            for (var k = 0; k < sentence.Length; k++)
            {
                var id = sentence[k];
                if (hit[k] && referenceCounts[id] > 0 && candidateCounts[id] > 0)
                {
                    hits++;
                    referenceCounts[id]--;
                    candidateCounts[id]--;
                }
            }
        }

        foreach (var id in reference.Ids)
            referenceCounts[id] = 0;
        foreach (var id in candidate.Ids)
            candidateCounts[id] = 0;
        return hits;
    }

    /// <summary>
    /// Marks the positions of <paramref name="model"/> on one LCS with <paramref name="peer"/>. Which LCS matters
    /// for the union, so the backtrack follows ROUGE-1.5.5: a match goes diagonal, otherwise up on ties.
    /// </summary>
    private static void MarkLcs(ReadOnlySpan<int> model, ReadOnlySpan<int> peer, Span<bool> hit, ref int[] table)
    {
        if (peer.IsEmpty)
            return;
        var width = peer.Length + 1;
        var size = (model.Length + 1) * width;
        if (table.Length < size)
            table = new int[Math.Max(size, table.Length * 2)];
        var c = table.AsSpan(0, size);
        c[..width].Clear();
        for (var i = 1; i <= model.Length; i++)
        {
            var row = i * width;
            var above = row - width;
            c[row] = 0;
            var x = model[i - 1];
            for (var j = 1; j <= peer.Length; j++)
            {
                c[row + j] = x == peer[j - 1]
                    ? c[above + j - 1] + 1
                    : Math.Max(c[above + j], c[row + j - 1]);
            }
        }

        int mi = model.Length, pj = peer.Length;
        while (mi > 0 && pj > 0)
        {
            if (model[mi - 1] == peer[pj - 1])
            {
                mi--;
                pj--;
                hit[mi] = true;
            }
            else if (c[((mi - 1) * width) + pj] >= c[(mi * width) + pj - 1])
            {
                mi--;
            }
            else
            {
                pj--;
            }
        }
    }
}
