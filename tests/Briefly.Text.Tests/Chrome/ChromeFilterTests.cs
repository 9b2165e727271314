using Briefly.Text.Chrome;

namespace Briefly.Text.Tests.Chrome;

public class ChromeFilterTests
{
    [Theory]
    [InlineData("No time to read? Get a summary")]
    [InlineData("  No time to read? Get a summary  ")]
    [InlineData("NO TIME TO READ? GET A SUMMARY")]
    [InlineData("Нет времени читать? Краткое содержание")]
    [InlineData("Previous Article")]
    [InlineData("Next Article")]
    [InlineData("Previous Article: Council approves the new bus routes")]
    [InlineData("Next Article: Storm closes schools across the region")]
    [InlineData("Предыдущая статья")]
    [InlineData("Следующая статья: Мэрия утвердила новые маршруты")]
    [InlineData("Read more")]
    [InlineData("Read more:")]
    [InlineData("Read more: How the city plans its bus network")]
    [InlineData("Read more » How the city plans its bus network")]
    [InlineData("[Read more]")]
    [InlineData("Share")]
    [InlineData("Share this article")]
    [InlineData("Share on Facebook")]
    [InlineData("Share on Twitter")]
    [InlineData("Share Tweet Email")]
    [InlineData("Facebook | Twitter | WhatsApp | Copy link")]
    [InlineData("Subscribe")]
    [InlineData("Sign up for our newsletter")]
    [InlineData("Sign up for our morning briefing and get the news in your inbox.")]
    [InlineData("Follow us on Twitter and Instagram")]
    [InlineData("Advertisement")]
    [InlineData("ADVERTISEMENT")]
    [InlineData("— Advertisement —")]
    [InlineData("Story continues below advertisement")]
    [InlineData("Related:")]
    [InlineData("Related: Five things to know about the budget")]
    [InlineData("Click here to read the full report")]
    [InlineData("Comments (12)")]
    [InlineData("12 comments")]
    [InlineData("Photo: Reuters")]
    [InlineData("Photo: Jane Doe / AFP")]
    [InlineData("Image copyright Getty Images")]
    [InlineData("Image caption The mayor speaking at the council meeting")]
    [InlineData("(Photo by Jane Doe/AFP)")]
    [InlineData("Jane Doe/AFP via Getty Images")]
    [InlineData("Credit: Jane Doe for The Daily")]
    [InlineData("Picture: Jane Doe")]
    [InlineData("By John Smith")]
    [InlineData("By John Smith and Ann Lee, CNN")]
    [InlineData("BY JANE DOE | PUBLISHED: 10:02 GMT, 1 December 2023 | UPDATED: 11:40 GMT, 1 December 2023")]
    [InlineData("By Jane Doe, Political Correspondent")]
    [InlineData("Updated 10:32 GMT")]
    [InlineData("Published 3 hours ago")]
    [InlineData("Reporting by Jane Doe; Editing by John Smith")]
    [InlineData("© 2024 The Daily Example. All rights reserved.")]
    [InlineData("Читайте также")]
    [InlineData("Читайте также: Мэрия утвердила новые маршруты")]
    [InlineData("Читать далее")]
    [InlineData("Поделиться")]
    [InlineData("Реклама")]
    [InlineData("Подписывайтесь на наш канал в Telegram")]
    [InlineData("Фото: ТАСС")]
    [InlineData("Автор: Иван Петров")]
    [InlineData("* * *")]
    [InlineData("July 5, 2025")]
    [InlineData("1 декабря 2023, 10:32")]
    [InlineData("Copyright 2017-2025")]
    [InlineData("Privacy Policy")]
    public void Drops_chrome_lines(string line) => Assert.True(ChromeFilter.IsChromeLine(line), line);

    [Theory]
    [InlineData("By the end of the year, the council expects to run twice as many buses.")]
    [InlineData("By agreeing to the deal, the company avoided a lengthy trial.")]
    [InlineData("Shares in the company rose 3% on Monday after the announcement.")]
    [InlineData("Share prices fell sharply across Europe.")]
    [InlineData("Residents were invited to share their views at a public meeting.")]
    [InlineData("Read more books, the minister urged parents on Tuesday.")]
    [InlineData("Advertisement revenue fell by a fifth last year.")]
    [InlineData("The photo was taken by a passer-by on Sunday.")]
    [InlineData("Subscribers will pay more from January, the company said.")]
    [InlineData("Next year the council will review the routes again.")]
    [InlineData("Related companies were also fined.")]
    [InlineData("Updated figures show that prices rose 3% in May.")]
    [InlineData("Comments made by the minister caused an uproar.")]
    [InlineData("Following us on the road, the convoy reached the border by noon.")]
    [InlineData("Реклама на телевидении подорожала на 20% за год.")]
    [InlineData("Автор законопроекта заявил, что документ будет доработан.")]
    [InlineData("Фотографии с места событий опубликовали очевидцы.")]
    [InlineData("Comment ?")]
    [InlineData("May 2025 was the warmest May on record.")]
    [InlineData("Copyright law is changing in Europe.")]
    [InlineData("The city council voted on Tuesday to expand the bus network.")]
    public void Keeps_article_sentences_that_look_like_chrome(string line) => Assert.False(ChromeFilter.IsChromeLine(line), line);

    [Fact]
    public void Content_paragraphs_are_trimmed_spans_into_the_text()
    {
        const string text = "  First paragraph of the story.  \r\n\nShare this article\nSecond paragraph here.\n";
        var spans = new List<TextSpan>();
        ChromeFilter.ContentParagraphs(text, spans);
        Assert.Equal(["First paragraph of the story.", "Second paragraph here."], spans.Select(s => s.Slice(text)));
        Assert.Equal(text.IndexOf("First", StringComparison.Ordinal), spans[0].Start);
    }

    [Fact]
    public void Drops_the_article_page_furniture_around_the_body()
    {
        const string text =
            "No time to read? Get a summary\n" +
            "By Jane Doe\n" +
            "The council voted on Tuesday to expand the bus network.\n" +
            "Advertisement\n" +
            "The mayor said the first routes would open this year.\n" +
            "No time to read? Get a summary\n" +
            "Previous Article\n" +
            "Storm closes schools across the region\n" +
            "Next Article\n" +
            "Council approves new budget\n";
        var spans = new List<TextSpan>();
        ChromeFilter.ContentParagraphs(text, spans);
        Assert.Equal(
            ["The council voted on Tuesday to expand the bus network.", "The mayor said the first routes would open this year."],
            spans.Select(s => s.Slice(text)));
    }

    [Fact]
    public void A_one_line_previous_article_link_does_not_swallow_the_next_paragraph()
    {
        const string text = "Previous Article: Storm closes schools\nThe council voted on Tuesday.";
        var spans = new List<TextSpan>();
        ChromeFilter.ContentParagraphs(text, spans);
        Assert.Equal(["The council voted on Tuesday."], spans.Select(s => s.Slice(text)));
    }

    [Fact]
    public void Russian_previous_and_next_labels_take_their_title_lines()
    {
        const string text = "Мэрия утвердила новые маршруты автобусов.\nПредыдущая статья\nШторм закрыл школы\nСледующая статья\nБюджет принят";
        var spans = new List<TextSpan>();
        ChromeFilter.ContentParagraphs(text, spans);
        Assert.Equal(["Мэрия утвердила новые маршруты автобусов."], spans.Select(s => s.Slice(text)));
    }

    [Fact]
    public void Appends_to_the_list_and_handles_empty_text()
    {
        var spans = new List<TextSpan> { new(0, 1) };
        ChromeFilter.ContentParagraphs("", spans);
        ChromeFilter.ContentParagraphs("\n\n  \n", spans);
        Assert.Single(spans);
    }

    [Theory]
    [InlineData("MOSCOW, Dec 1 (Reuters) - Russia's central bank kept rates on hold.", "Russia's central bank kept rates on hold.")]
    [InlineData("LONDON (AP) — Britain's prime minister said on Monday that talks would resume.", "Britain's prime minister said on Monday that talks would resume.")]
    [InlineData("(CNN) -- A powerful storm hit the coast on Sunday.", "A powerful storm hit the coast on Sunday.")]
    [InlineData("(CNN)A powerful storm hit the coast on Sunday.", "A powerful storm hit the coast on Sunday.")]
    [InlineData("London (CNN) -- Officials said the bridge would reopen.", "Officials said the bridge would reopen.")]
    [InlineData("Washington (CNN)President Biden signed the bill on Friday.", "President Biden signed the bill on Friday.")]
    [InlineData("WASHINGTON — The Senate passed the measure late on Thursday.", "The Senate passed the measure late on Thursday.")]
    [InlineData("NEW YORK (Reuters) - Stocks rose on Wall Street.", "Stocks rose on Wall Street.")]
    [InlineData("WASHINGTON, D.C. — The Senate passed the measure.", "The Senate passed the measure.")]
    [InlineData("ST. JOSEPH, Mich. (AP) — Health officials reported a sixth case.", "Health officials reported a sixth case.")]
    [InlineData("МОСКВА, 1 декабря. /ТАСС/. Правительство утвердило новый бюджет.", "Правительство утвердило новый бюджет.")]
    [InlineData("МОСКВА, 1 дек — РИА Новости. Правительство утвердило новый бюджет.", "Правительство утвердило новый бюджет.")]
    [InlineData("МОСКВА. 1 декабря. ИНТЕРФАКС - Правительство утвердило новый бюджет.", "Правительство утвердило новый бюджет.")]
    public void Measures_dateline_prefixes(string sentence, string rest)
    {
        var length = ChromeFilter.DatelinePrefixLength(sentence);
        Assert.Equal(rest, sentence[length..]);
    }

    [Theory]
    [InlineData("Washington is a city.")]
    [InlineData("The Senate passed the measure late on Thursday.")]
    [InlineData("London police (the Met) said nothing.")]
    [InlineData("John Smith (R) said the vote would be close.")]
    [InlineData("NASA said on Monday that the launch was delayed.")]
    [InlineData("(CNN)")]
    [InlineData("WASHINGTON —")]
    [InlineData("In 2023 (a record year) prices rose.")]
    [InlineData("")]
    [InlineData("Москва — столица России.")]
    [InlineData("DJ Norman Cook - aka Fatboy Slim - has said that dance music is not dead.")]
    public void No_dateline_gives_zero(string sentence) => Assert.Equal(0, ChromeFilter.DatelinePrefixLength(sentence));
}
