namespace Briefly.Storage.Tests;

public class SlugsTests
{
    [Theory]
    [InlineData("Hello, World!", "hello-world")]
    [InlineData("  Spaces   and\ttabs  ", "spaces-and-tabs")]
    [InlineData("C# 10 -- what's new?", "c-10-whats-new")]
    [InlineData("The postman’s comet", "the-postmans-comet")]
    [InlineData("Привет, мир!", "privet-mir")]
    [InlineData("Щи да каша — пища наша", "shchi-da-kasha-pishcha-nasha")]
    [InlineData("Crème brûlée à Zürich", "creme-brulee-a-zurich")]
    [InlineData("Straße", "strasse")]
    [InlineData("ALL CAPS 2025", "all-caps-2025")]
    [InlineData("already-a-slug", "already-a-slug")]
    [InlineData("---", "article")]
    [InlineData("", "article")]
    [InlineData("?!…", "article")]
    public void Makes_ascii_lower_case_dashed_slugs(string title, string expected)
    {
        Assert.Equal(expected, Slugs.From(title));
    }

    [Fact]
    public void Long_titles_are_cut_at_a_word_boundary()
    {
        var title = string.Join(' ', Enumerable.Repeat("abcdefghi", 12)); // 10-character steps: "abcdefghi-"

        var slug = Slugs.From(title);

        Assert.Equal(string.Join('-', Enumerable.Repeat("abcdefghi", 8)), slug); // 79 characters
        Assert.True(slug.Length <= Slugs.MaxLength);
    }

    [Fact]
    public void A_word_ending_exactly_at_the_limit_is_kept()
    {
        var title = new string('a', 75) + " bcde fgh";

        Assert.Equal(new string('a', 75) + "-bcde", Slugs.From(title));
    }

    [Fact]
    public void A_single_overlong_word_is_cut_hard()
    {
        Assert.Equal(new string('x', Slugs.MaxLength), Slugs.From(new string('x', 200)));
    }

    [Fact]
    public void Slugs_are_stable_under_reapplication()
    {
        foreach (var title in new[] { "Мэрия Москвы открыла новый парк", "Hello, World!", new string('w', 90) + " tail" })
        {
            var slug = Slugs.From(title);
            Assert.Equal(slug, Slugs.From(slug));
            Assert.Matches("^[a-z0-9]+(-[a-z0-9]+)*$", slug);
        }
    }
}
