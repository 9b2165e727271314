namespace Briefly.Summarization.Selection;

/// <summary>
/// Whether a stretch of text closes quotation marks or brackets it did not open, or opens ones it does not close:
/// such a sentence is a fragment of a longer quotation and needs its neighbours to read right.
/// </summary>
/// <remarks>
/// Straight double quotes open after white space, the start or an opening bracket and close otherwise; „ opens and
/// the “ after it closes (German and Russian style), else “ opens and ” closes. Apostrophes and single quotes are
/// left alone: "don't" and "the '90s" would make every other sentence look unbalanced.
/// </remarks>
public readonly record struct QuoteBalance(int UnopenedClosers, int UnclosedOpeners)
{
    public bool IsBalanced => UnopenedClosers == 0 && UnclosedOpeners == 0;

    public static QuoteBalance Of(ReadOnlySpan<char> text)
    {
        // Depths of «», (), [] and the double-quote family; low-quote openers are remembered so “ can close them.
        Span<int> depth = stackalloc int[4];
        var lowOpen = 0;
        var unopened = 0;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            switch (c)
            {
                case '«': depth[0]++; break;
                case '»': Close(ref depth[0], ref unopened); break;
                case '(': depth[1]++; break;
                case ')': Close(ref depth[1], ref unopened); break;
                case '[': depth[2]++; break;
                case ']': Close(ref depth[2], ref unopened); break;
                case '„': depth[3]++; lowOpen++; break;
                case '“':
                    if (lowOpen > 0)
                    {
                        lowOpen--;
                        Close(ref depth[3], ref unopened);
                    }
                    else
                    {
                        depth[3]++;
                    }
                    break;
                case '”': Close(ref depth[3], ref unopened); break;
                case '"':
                    if (i == 0 || char.IsWhiteSpace(text[i - 1]) || text[i - 1] is '(' or '[' or '—' or '–' or '-' or '«')
                        depth[3]++;
                    else
                        Close(ref depth[3], ref unopened);
                    break;
            }
        }
        return new QuoteBalance(unopened, depth[0] + depth[1] + depth[2] + depth[3]);

        static void Close(ref int d, ref int unopened)
        {
            if (d > 0)
                d--;
            else
                unopened++;
        }
    }
}
