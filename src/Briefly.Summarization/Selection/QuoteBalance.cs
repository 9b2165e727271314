namespace Briefly.Summarization.Selection;

/// <summary>
/// Whether a stretch of text closes quotation marks or brackets it did not open, or opens ones it does not close:
/// such a sentence is a fragment of a longer quotation and needs its neighbours to read right.
/// </summary>
/// <remarks>
/// Straight double quotes open after white space, the start or an opening bracket and close otherwise (after a
/// digit only when a quotation is open: 12" is an inch mark); „ opens and the “ after it closes (German and Russian
/// style), else “ opens and ” closes. Guillemets point inwards («…») unless the first one seen is », which makes
/// them German (»…«). A ")" with nothing open after an emoticon's ":" or ";" or a list label ("1)", "b)") at the
/// start is not a bracket. Apostrophes and single quotes are left alone: "don't" and "the '90s" would make every
/// other sentence look unbalanced.
/// </remarks>
public readonly record struct QuoteBalance(int UnopenedClosers, int UnclosedOpeners)
{
    public static QuoteBalance Of(ReadOnlySpan<char> text)
    {
        // Depths of «», (), [] and the double-quote family; low-quote openers are remembered so “ can close them.
        Span<int> depth = stackalloc int[4];
        var lowOpen = 0;
        var unopened = 0;
        var guillemets = '\0';  // the opening guillemet, once one is seen
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            switch (c)
            {
                case '«' or '»':
                    if (guillemets == '\0')
                        guillemets = c;
                    if (c == guillemets)
                        depth[0]++;
                    else
                        Close(ref depth[0], ref unopened);
                    break;
                case '(': depth[1]++; break;
                case ')':
                    if (depth[1] == 0 && (i > 0 && text[i - 1] is ':' or ';' || IsListLabel(text[..i])))
                        break;
                    Close(ref depth[1], ref unopened);
                    break;
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
                    if (i == 0 || char.IsWhiteSpace(text[i - 1]) || text[i - 1] is '(' or '[' or '—' or '–' or '-' or '«' or '»')
                        depth[3]++;
                    else if (depth[3] > 0 || !char.IsAsciiDigit(text[i - 1]))
                        Close(ref depth[3], ref unopened);
                    break;
            }
        }
        return new QuoteBalance(unopened, depth[0] + depth[1] + depth[2] + depth[3]);

        // "1)", "b)", "iv)" opening the text.
        static bool IsListLabel(ReadOnlySpan<char> before)
        {
            var label = before.TrimStart();
            return label.Length is > 0 and <= 3 && IsAlphanumeric(label);
        }

        static bool IsAlphanumeric(ReadOnlySpan<char> s)
        {
            foreach (var ch in s)
            {
                if (!char.IsLetterOrDigit(ch))
                    return false;
            }
            return true;
        }

        static void Close(ref int d, ref int unopened)
        {
            if (d > 0)
                d--;
            else
                unopened++;
        }
    }
}
