using System.Text;
using Briefly.Ingest.Fetching;

namespace Briefly.Ingest.Tests.Fetching;

public class CharsetsTests
{
    private const string Russian = "Городской совет утвердил бюджет";

    static CharsetsTests() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    [Fact]
    public void Windows_1251_page_declared_in_meta_decodes()
    {
        var bytes = Encoding.GetEncoding("windows-1251").GetBytes($"<html><head><meta charset=\"windows-1251\"></head><body><p>{Russian}</p></body></html>");
        Assert.Contains(Russian, Charsets.Decode(bytes, null), StringComparison.Ordinal);
    }

    [Fact]
    public void Koi8_r_named_by_the_http_header_decodes()
    {
        var bytes = Encoding.GetEncoding("koi8-r").GetBytes($"<p>{Russian}</p>");
        Assert.Contains(Russian, Charsets.Decode(bytes, "KOI8-R"), StringComparison.Ordinal);
    }

    [Fact]
    public void Xml_declaration_names_the_feed_encoding()
    {
        var bytes = Encoding.GetEncoding("windows-1251").GetBytes($"<?xml version=\"1.0\" encoding=\"windows-1251\"?><rss><channel><title>{Russian}</title></channel></rss>");
        Assert.Contains(Russian, Charsets.Decode(bytes, null), StringComparison.Ordinal);
    }

    [Fact]
    public void A_byte_order_mark_wins_over_a_wrong_header_and_is_removed()
    {
        var bytes = Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes(Russian)).ToArray();
        Assert.Equal(Russian, Charsets.Decode(bytes, "windows-1252"));
    }

    [Fact]
    public void Unknown_or_missing_names_fall_back_to_utf8()
    {
        var bytes = Encoding.UTF8.GetBytes($"<meta charset=\"no-such-charset\"><p>{Russian}</p>");
        Assert.Contains(Russian, Charsets.Decode(bytes, "also-unknown"), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("utf-7")]
    [InlineData("UTF-7")]
    [InlineData("csUnicode11UTF7")]
    public void A_charset_dotnet_refuses_falls_back_instead_of_throwing(string name)
    {
        // Found by scripts/fuzz: a page declaring UTF-7 made decoding throw NotSupportedException.
        var bytes = Encoding.UTF8.GetBytes($"<meta charset=\"{name}\"><p>{Russian}</p>");
        Assert.Contains(Russian, Charsets.Decode(bytes, null), StringComparison.Ordinal);
        Assert.Contains(Russian, Charsets.Decode(Encoding.UTF8.GetBytes(Russian), name), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("windows-1251")]
    [InlineData("koi8-r")]
    public void Undeclared_legacy_cyrillic_is_detected_when_the_bytes_are_not_utf8(string name)
    {
        const string Story = "В субботу в Старолесске открылась новая библиотека. Читальный зал рассчитан на сорок мест. "
            + "Жители давно просили городские власти о таком здании.";
        var bytes = Encoding.GetEncoding(name).GetBytes(Story);
        Assert.Equal(Story, Charsets.Decode(bytes, null));
    }
}
