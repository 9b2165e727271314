using Briefly.Text.Stemming;

namespace Briefly.Summarization.Evaluation;

/// <summary>
/// ROUGE-1, ROUGE-2, ROUGE-L and ROUGE-Lsum F-measures. English reproduces ROUGE-1.5.5
/// (<c>-c 95 -r 1 -n 2 -m -d -z SPL</c>, empty WordNet exception database); other languages use
/// Unicode word tokens and the language's Snowball stemmer with the same counting rules.
/// </summary>
public static class Rouge
{
    /// <param name="reference">The gold summary, one sentence per "\n"-separated line.</param>
    /// <param name="candidate">The summary being scored, one sentence per line.</param>
    /// <param name="language">ISO 639-1 code; "en" (or "en-*") selects the ROUGE-1.5.5 rules.</param>
    public static RougeResult Score(string reference, string candidate, string language)
    {
        ArgumentNullException.ThrowIfNull(reference);
        ArgumentNullException.ThrowIfNull(candidate);
        ArgumentNullException.ThrowIfNull(language);

        var workspace = RougeWorkspace.Current;
        var code = PrimaryLanguage(language);
        var english = code == "en";
        var vocabulary = workspace.VocabularyFor(code, english);
        vocabulary.TrimIfLarge();

        var referenceTokens = workspace.Reference;
        var candidateTokens = workspace.Candidate;
        if (english)
        {
            RougeTokenizer.TokenizeEnglish(reference, vocabulary, referenceTokens);
            RougeTokenizer.TokenizeEnglish(candidate, vocabulary, candidateTokens);
        }
        else
        {
            RougeTokenizer.TokenizeUnicode(reference, vocabulary, referenceTokens);
            RougeTokenizer.TokenizeUnicode(candidate, vocabulary, candidateTokens);
        }
        workspace.EnsureCounts(vocabulary.Count);

        var unigramHits = NGramOverlap.UnigramHits(referenceTokens.Ids, candidateTokens.Ids, workspace.ReferenceCounts);
        var rouge1 = RougeScore.FromCounts(unigramHits, referenceTokens.Count, candidateTokens.Count);

        var bigramHits = NGramOverlap.BigramHits(referenceTokens, candidateTokens, ref workspace.ReferenceBigrams, ref workspace.CandidateBigrams);
        var rouge2 = RougeScore.FromCounts(bigramHits, NGramOverlap.BigramCount(referenceTokens), NGramOverlap.BigramCount(candidateTokens));

        var lcs = LongestCommonSubsequence.Length(referenceTokens.Ids, candidateTokens.Ids, ref workspace.LcsRow);
        var rougeL = RougeScore.FromCounts(lcs, referenceTokens.Count, candidateTokens.Count);

        var unionHits = LongestCommonSubsequence.UnionHits(
            referenceTokens, candidateTokens, workspace.ReferenceCounts, workspace.CandidateCounts, ref workspace.LcsTable, ref workspace.HitMask);
        var rougeLsum = RougeScore.FromCounts(unionHits, referenceTokens.Count, candidateTokens.Count);

        return new RougeResult(rouge1, rouge2, rougeL, rougeLsum);
    }

    private static string PrimaryLanguage(string language)
    {
        var span = language.AsSpan().Trim();
        var cut = span.IndexOfAny('-', '_');
        if (cut >= 0)
            span = span[..cut];
        return span.Equals("en", StringComparison.OrdinalIgnoreCase) ? "en" : span.ToString().ToLowerInvariant();
    }

    /// <summary>Per-thread buffers, so scoring a corpus allocates almost nothing per document.</summary>
    private sealed class RougeWorkspace
    {
        [ThreadStatic]
        private static RougeWorkspace? t_current;

        private readonly Dictionary<string, RougeVocabulary> _vocabularies = new(StringComparer.Ordinal);

        public readonly TokenSequence Reference = new();
        public readonly TokenSequence Candidate = new();
        public int[] ReferenceCounts = new int[1024];
        public int[] CandidateCounts = new int[1024];
        public long[] ReferenceBigrams = new long[256];
        public long[] CandidateBigrams = new long[256];
        public int[] LcsRow = new int[256];
        public int[] LcsTable = new int[4096];
        public bool[] HitMask = new bool[64];

        public static RougeWorkspace Current => t_current ??= new RougeWorkspace();

        public RougeVocabulary VocabularyFor(string language, bool english)
        {
            if (_vocabularies.TryGetValue(language, out var vocabulary))
                return vocabulary;
            if (english)
            {
                // ROUGE-1.5.5 leaves tokens of up to three characters unstemmed.
                vocabulary = new RougeVocabulary(static token => token.Length > 3 ? PorterStemmer1980.Stem(token) : token);
            }
            else
            {
                var stemmer = Stemmers.For(language);
                vocabulary = new RougeVocabulary(stemmer.Stem);
            }
            _vocabularies.Add(language, vocabulary);
            return vocabulary;
        }

        /// <summary>Count arrays are indexed by token id and stay all zero between uses.</summary>
        public void EnsureCounts(int ids)
        {
            if (ReferenceCounts.Length < ids)
            {
                var size = Math.Max(ids, ReferenceCounts.Length * 2);
                ReferenceCounts = new int[size];
                CandidateCounts = new int[size];
            }
        }
    }
}
