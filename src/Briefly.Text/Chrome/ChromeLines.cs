using Briefly.Text.Segmentation;

namespace Briefly.Text.Chrome;

/// <summary>
/// The rules behind <see cref="ChromeFilter.IsChromeLine"/>. Lines are compared in a normalized form
/// (lower case, single spaces, outer punctuation and brackets removed) so "— ADVERTISEMENT —" and
/// "[Read more]" match like their plain forms. Every rule is anchored to the whole line or its start,
/// so a sentence that merely mentions "share" or "advertisement" is never dropped.
/// </summary>
internal static class ChromeLines
{
    // Enough for every prefix rule; whole-line phrases are all shorter.
    private const int MaxNormalized = 200;

    // Furniture lines are short; bylines and credits longer than this are prose.
    private const int MaxShortWords = 12;

    private static readonly string[] NeighbourLabels =
    [
        "previous article", "next article", "previous story", "next story", "previous post", "next post",
        "предыдущая статья", "следующая статья", "предыдущая новость", "следующая новость", "предыдущий материал", "следующий материал",
    ];

    private static readonly HashSet<string> ExactLines = new(StringComparer.Ordinal)
    {
        "previous", "next", "read more", "read next", "read full story", "read the full story", "read the full article",
        "continue reading", "continue reading the main story", "continue reading below", "show more", "see more", "load more",
        "share", "share this", "share this article", "share this story", "share this page", "share this post", "share article", "share story",
        "subscribe", "subscribe now", "sign up", "sign in", "log in", "register", "newsletter",
        "advertisement", "advert", "ad", "ads", "sponsored", "sponsored content", "paid content", "partner content",
        "skip advertisement", "story continues below advertisement", "article continues below advertisement",
        "story continues below", "article continues below", "continue reading below advertisement",
        "related", "related articles", "related stories", "related content", "related coverage", "related topics", "related news",
        "more on this story", "more from", "most read", "most popular", "most viewed", "trending", "top stories", "recommended",
        "you may also like", "you might also like", "more stories", "latest news", "also read", "see also",
        "comments", "leave a comment", "view comments", "show comments", "add comment", "join the conversation",
        "back to top", "tags", "topics", "listen to this article", "play video", "watch video", "watch", "video", "photo", "image",
        "image caption", "media caption", "image source", "getty images", "all rights reserved",
        "privacy policy", "cookie policy", "terms of use", "terms of service", "terms and conditions", "contact us", "about us",
        "skip to main content", "skip to content", "table of contents", "report this article", "join now", "menu", "search",
        "читайте также", "читать далее", "читать дальше", "читать полностью", "читать также", "смотрите также", "поделиться",
        "реклама", "подписаться", "подпишитесь", "комментарии", "по теме", "новости по теме", "материалы по теме", "еще по теме",
        "ещё по теме", "самое читаемое", "популярное", "фото", "видео", "теги",
    };

    // Whatever follows these, the line is furniture.
    private static readonly string[] LeadingPhrases =
    [
        "previous article", "next article", "previous story", "next story", "previous post", "next post",
        "предыдущая статья", "следующая статья", "предыдущая новость", "следующая новость",
        "no time to read", "нет времени читать", "нет времени на чтение",
        "click here", "click to ", "tap here", "follow us", "like us on facebook", "sign up for our", "sign up to our",
        "subscribe to our", "subscribe for", "get our newsletter", "join our newsletter",
        "share on ", "share via ", "share to ", "share with your friends", "posted by ", "written by ",
        "image copyright", "image caption", "image source", "media caption", "photo by ", "photos by ", "photograph by ",
        "picture by ", "pictures by ", "photo credit", "image credit", "illustration by ", "copyright ©", "© ",
        "reporting by ", "additional reporting by ", "editing by ", "compiled by ", "read more from ",
        "sign up for email", "sign up for updates", "sign up for free",
        // "Copyright 2017-2025": a year after the word, unlike "Copyright law ...".
        "copyright 19", "copyright 20",
        "читайте также", "читать далее", "читать дальше", "читать также", "смотрите также", "читайте нас", "подписывайтесь на",
        "подпишитесь на", "присоединяйтесь к нам", "поделиться в", "поделитесь в", "следите за нами",
    ];

    // These make the line furniture when a colon (or, for the "read" family, an arrow or dash) follows.
    private static readonly string[] LabelPrefixes =
    [
        "read more", "read next", "read also", "also read", "see also", "related", "more", "recommended", "watch", "listen",
        "photo", "photos", "image", "images", "picture", "pictures", "credit", "credits", "photograph", "illustration",
        "source", "video", "author", "authors", "reporting", "editing", "tags", "topics", "copyright", "comments",
        "published", "updated", "last updated", "first published", "posted",
        "фото", "фотография", "автор", "авторы", "источник", "видео", "иллюстрация", "по теме", "теги", "реклама",
        "опубликовано", "обновлено", "дата публикации",
    ];

    private static readonly HashSet<string> SocialWords = new(StringComparer.Ordinal)
    {
        "share", "shares", "shared", "tweet", "email", "e-mail", "mail", "print", "facebook", "twitter", "whatsapp", "linkedin",
        "pinterest", "reddit", "telegram", "messenger", "vk", "vkontakte", "flipboard", "sms", "copy", "copied", "save", "saved",
        "comment", "comments", "reply", "replies", "like", "likes", "views",
        "поделиться", "поделитесь", "твитнуть", "отправить", "распечатать", "печать", "вконтакте", "одноклассники", "телеграм",
        "скопировать", "копировать", "сохранить", "комментарии", "комментариев", "комментария", "комментарий", "просмотров",
    };

    // Words that may sit between social words ("Share on Facebook", "Copy link").
    private static readonly HashSet<string> SocialConnectors = new(StringComparer.Ordinal)
    {
        "on", "via", "this", "to", "the", "article", "story", "page", "post", "link", "url", "x", "and", "or", "in", "в", "на", "и", "ссылку", "ссылка",
    };

    private static readonly string[] CreditMarkers =
        ["getty images", "shutterstock", "ap photo", "istock", "alamy", "pa media", "pa wire", "/afp", "afp/", "/reuters", "reuters/", "/epa", "epa/", "/ap", "/тасс", "/риа новости"];

    // Lower-case words a byline may contain between names ("By Ann Lee and Bo Ray, CNN").
    private static readonly HashSet<string> BylineConnectors = new(StringComparer.Ordinal)
    {
        "and", "&", "in", "for", "with", "of", "de", "da", "del", "della", "van", "von", "der", "den", "la", "le", "y", "und", "et", "bin", "al", "el",
    };

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> Exact = ExactLines.GetAlternateLookup<ReadOnlySpan<char>>();
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> Social = SocialWords.GetAlternateLookup<ReadOnlySpan<char>>();
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> Connectors = SocialConnectors.GetAlternateLookup<ReadOnlySpan<char>>();
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> BylineWords = BylineConnectors.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>A bare "Previous Article" / "Next Article" label, whose next line is the linked title.</summary>
    public static bool IsNeighbourLabel(ReadOnlySpan<char> line)
    {
        Span<char> buffer = stackalloc char[MaxNormalized];
        var normalized = Normalize(line, buffer, out var truncated);
        if (truncated)
            return false;
        foreach (var label in NeighbourLabels)
        {
            if (normalized.SequenceEqual(label))
                return true;
        }
        return false;
    }

    public static bool IsChrome(ReadOnlySpan<char> line)
    {
        line = line.Trim();
        if (line.IsEmpty)
            return false;
        Span<char> buffer = stackalloc char[MaxNormalized];
        var normalized = Normalize(line, buffer, out var truncated);
        // Nothing but punctuation, digits or symbols ("* * *", "|", "12"): no text to summarize.
        if (normalized.IsEmpty || !ContainsLetter(normalized))
            return true;
        if (!truncated && (Exact.Contains(normalized) || IsNeighbourLabel(line)))
            return true;
        foreach (var phrase in LeadingPhrases)
        {
            if (StartsWithPhrase(normalized, phrase))
                return true;
        }
        foreach (var label in LabelPrefixes)
        {
            if (IsLabel(normalized, label))
                return true;
        }
        // "By JANE DOE | PUBLISHED: ... | UPDATED: ..." runs long but is still a byline.
        if (normalized.StartsWith("by ", StringComparison.Ordinal) && line.Contains('|'))
            return true;
        return HasAtMostWords(line, MaxShortWords)
            && ((IsSocialLine(normalized) && !EndsSentence(line))
                || IsCreditLine(normalized, line)
                || IsByline(normalized, line)
                || IsTimestamp(normalized)
                || IsDateLine(normalized));
    }

    private static bool StartsWithPhrase(ReadOnlySpan<char> normalized, string phrase)
    {
        if (!normalized.StartsWith(phrase, StringComparison.Ordinal))
            return false;
        // Phrases ending in a space or a digit ("copyright 20") carry their own boundary; others must end on a word boundary.
        return phrase[^1] == ' ' || char.IsDigit(phrase[^1]) || normalized.Length == phrase.Length || !char.IsLetterOrDigit(normalized[phrase.Length]);
    }

    private static bool IsLabel(ReadOnlySpan<char> normalized, string label)
    {
        if (!normalized.StartsWith(label, StringComparison.Ordinal))
            return false;
        var rest = normalized[label.Length..];
        if (rest.IsEmpty)
            return true;
        rest = rest.TrimStart(' ');
        // "photos" is not the label "photo"; "photo reuters" has no colon.
        if (rest.IsEmpty || (rest.Length == normalized.Length - label.Length && char.IsLetterOrDigit(rest[0])))
            return false;
        if (rest[0] == ':')
            return true;
        // "Read more » Title", "Read more — Title".
        return label.StartsWith("read", StringComparison.Ordinal) && rest[0] is '»' or '>' or '—' or '–' or '-' or '|' or '…';
    }

    private static bool IsSocialLine(ReadOnlySpan<char> normalized)
    {
        var core = 0;
        foreach (var range in normalized.SplitAny(" ,;|·•/()[]"))
        {
            var word = normalized[range].Trim(":.!?-—–");
            if (word.IsEmpty || IsNumber(word))
                continue;
            if (Social.Contains(word))
                core++;
            else if (!Connectors.Contains(word))
                return false;
        }
        return core > 0;
    }

    private static bool IsCreditLine(ReadOnlySpan<char> normalized, ReadOnlySpan<char> line)
    {
        if (EndsSentence(line))
            return false;
        foreach (var marker in CreditMarkers)
        {
            var at = normalized.IndexOf(marker, StringComparison.Ordinal);
            if (at < 0)
                continue;
            var after = at + marker.Length;
            if (after == normalized.Length || !char.IsLetter(normalized[after]))
                return true;
        }
        return false;
    }

    private static bool IsByline(ReadOnlySpan<char> normalized, ReadOnlySpan<char> line)
    {
        if (!normalized.StartsWith("by ", StringComparison.Ordinal))
            return false;
        var lead = 0;
        while (lead < line.Length && !IsCore(line[lead]))
            lead++;
        var names = line[(lead + 2)..];
        int words = 0, capitalised = 0;
        foreach (var range in names.SplitAny(" ,;/"))
        {
            var word = names[range].Trim(".:'\"()");
            if (word.IsEmpty)
                continue;
            if (BylineWords.Contains(word))
                continue;
            words++;
            if (char.IsUpper(word[0]))
                capitalised++;
        }
        if (words == 0 || capitalised * 4 < words * 3)
            return false;
        // "By John Smith." can be a byline, but "By Monday it was over." reads on: all-capitalised or no final stop.
        return !EndsSentence(line) || capitalised == words;
    }

    private static bool IsTimestamp(ReadOnlySpan<char> normalized)
    {
        ReadOnlySpan<string> leads = ["updated ", "published ", "last updated ", "first published ", "posted ", "обновлено ", "опубликовано "];
        foreach (var lead in leads)
        {
            if (!normalized.StartsWith(lead, StringComparison.Ordinal))
                continue;
            var rest = normalized[lead.Length..];
            var firstWord = rest[..(rest.IndexOf(' ') is var space and >= 0 ? space : rest.Length)];
            return char.IsDigit(rest[0])
                || firstWord is "on" or "at" or "in" or "at:" or "on:" or "в"
                || IsMonthOrDay(firstWord.TrimEnd(",."))
                || rest.EndsWith(" ago", StringComparison.Ordinal)
                || rest.EndsWith(" назад", StringComparison.Ordinal);
        }
        return false;
    }

    // A publication date or time on its own line: "July 5, 2025", "1 декабря 2023, 10:32", "Tue 10:32 GMT".
    private static bool IsDateLine(ReadOnlySpan<char> normalized)
    {
        var dated = false;
        foreach (var range in normalized.SplitAny(" ,/|"))
        {
            var word = normalized[range].Trim(".:-–—()");
            if (word.IsEmpty)
                continue;
            if (char.IsDigit(word[0]) && IsTimeOrNumber(word))
                continue;
            if (IsMonthOrDay(word))
            {
                dated = true;
                continue;
            }
            if (word is not ("am" or "pm" or "gmt" or "utc" or "bst" or "cet" or "msk" or "et" or "est" or "edt" or "pt" or "pst" or "pdt" or "мск" or "г" or "года"))
                return false;
        }
        return dated;
    }

    private static bool IsTimeOrNumber(ReadOnlySpan<char> word)
    {
        foreach (var c in word)
        {
            if (!char.IsDigit(c) && c is not (':' or '.' or '-'))
                return false;
        }
        return true;
    }

    private static bool IsMonthOrDay(ReadOnlySpan<char> word) => word is
        "jan" or "january" or "feb" or "february" or "mar" or "march" or "apr" or "april" or "may" or "jun" or "june" or "jul" or "july"
        or "aug" or "august" or "sep" or "sept" or "september" or "oct" or "october" or "nov" or "november" or "dec" or "december"
        or "monday" or "tuesday" or "wednesday" or "thursday" or "friday" or "saturday" or "sunday"
        or "mon" or "tue" or "wed" or "thu" or "fri" or "sat" or "sun" or "today" or "yesterday" or "сегодня" or "вчера"
        or "января" or "февраля" or "марта" or "апреля" or "мая" or "июня" or "июля" or "августа" or "сентября" or "октября"
        or "ноября" or "декабря" or "понедельник" or "вторник" or "среда" or "четверг" or "пятница" or "суббота" or "воскресенье";

    private static bool EndsSentence(ReadOnlySpan<char> line)
    {
        var trimmed = line.TrimEnd().TrimEnd("\"'”»)");
        return trimmed.Length > 0 && SentenceSegmenter.IsTerminator(trimmed[^1]);
    }

    private static bool IsNumber(ReadOnlySpan<char> word)
    {
        foreach (var c in word)
        {
            if (!char.IsDigit(c) && c is not ('.' or ',' or 'k' or 'm' or '+'))
                return false;
        }
        return true;
    }

    private static bool ContainsLetter(ReadOnlySpan<char> text)
    {
        foreach (var c in text)
        {
            if (char.IsLetter(c))
                return true;
        }
        return false;
    }

    // Stops counting past the limit: article paragraphs run to thousands of characters.
    private static bool HasAtMostWords(ReadOnlySpan<char> line, int limit)
    {
        var count = 0;
        var inWord = false;
        foreach (var c in line)
        {
            var space = char.IsWhiteSpace(c);
            if (!space && !inWord && ++count > limit)
                return false;
            inWord = !space;
        }
        return true;
    }

    /// <summary>
    /// Lower-cases into <paramref name="buffer"/>, folds whitespace runs to one space and typographic
    /// apostrophes to ASCII, and strips leading/trailing characters that are not letters or digits
    /// (except a closing ")" after digits, as in "Comments (12)").
    /// </summary>
    private static ReadOnlySpan<char> Normalize(ReadOnlySpan<char> line, Span<char> buffer, out bool truncated)
    {
        var start = 0;
        var end = line.Length;
        while (start < end && !IsCore(line[start]))
            start++;
        while (end > start && !IsCore(line[end - 1]))
            end--;
        var length = 0;
        var pendingSpace = false;
        truncated = false;
        for (var i = start; i < end; i++)
        {
            var c = line[i];
            if (char.IsWhiteSpace(c))
            {
                pendingSpace = true;
                continue;
            }
            if (length + (pendingSpace ? 2 : 1) > buffer.Length)
            {
                truncated = true;
                break;
            }
            if (pendingSpace && length > 0)
                buffer[length++] = ' ';
            pendingSpace = false;
            buffer[length++] = c is '\u2019' or '\u2018' or '\u02BC' ? '\'' : char.ToLowerInvariant(c);
        }
        return buffer[..length];
    }

    // "©" and "@" start real furniture ("© 2024 Reuters", "@handle"); other symbols are decoration.
    private static bool IsCore(char c) => char.IsLetterOrDigit(c) || c is '©';
}
