namespace Briefly.Cli.Tests.Support;

/// <summary>Short texts written for these tests.</summary>
public static class Articles
{
    public const string English =
        "Harbour bridge reopens after repair\n"
        + "No time to read? Get a summary\n"
        + "The city's old harbour bridge reopened to traffic on Tuesday after a six-month repair that cost 14 million pounds.\n"
        + "Engineers replaced 240 corroded steel cables and resurfaced the entire deck of the bridge.\n"
        + "The closure had forced about 30,000 daily commuters onto a ferry service and a long detour.\n"
        + "Local shop owners said the closure had cut their sales by nearly a third.\n"
        + "A second phase of work, to repaint the towers, is planned for next summer.\n"
        + "Previous Article\n"
        + "Council approves new cycle lanes\n";

    public const string Russian =
        "В центре Твери в субботу открылась новая городская библиотека, строительство которой заняло три года.\n"
        + "Здание рассчитано на 300 тыс. книг и 400 читательских мест, сообщил мэр города А. В. Смирнов.\n"
        + "По его словам, библиотека будет работать ежедневно, а в залах появится бесплатный интернет.\n"
        + "Городские власти планируют открыть ещё два филиала до конца следующего года.\n";

    public const string Html =
        "<!DOCTYPE html><html><head><title>Harbour bridge reopens</title><script>var x = 'Do not summarize me.';</script></head>"
        + "<body><nav>Home | World | Sport</nav><article><h1>Harbour bridge reopens</h1>"
        + "<p>The city's old harbour bridge reopened to traffic on Tuesday after a six-month repair.</p>"
        + "<p>Engineers replaced 240 corroded steel cables and resurfaced the entire deck.</p>"
        + "<p>The closure had forced about 30,000 daily commuters onto a ferry service.</p>"
        + "<p>A second phase of work is planned for next summer.</p></article></body></html>";
}
