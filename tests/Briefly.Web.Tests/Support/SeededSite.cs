using System.Net.Http.Json;

namespace Briefly.Web.Tests.Support;

/// <summary>
/// A site with five short articles of our own, published through the API with one-hour steps, oldest first;
/// two share a published time so that ties are broken by id. Shared by the tests of one class.
/// </summary>
public sealed class SeededSite : IAsyncLifetime
{
    public static readonly DateTimeOffset Start = new(2026, 3, 1, 8, 0, 0, TimeSpan.Zero);

    public SiteFactory Factory { get; } = new();

    public IReadOnlyList<Published> Articles { get; private set; } = [];

    /// <summary>The seeded article whose title starts so.</summary>
    public Published Titled(string start) => Articles.Single(a => a.Title.StartsWith(start, StringComparison.Ordinal));

    public async Task InitializeAsync()
    {
        using var client = Factory.CreateClient();
        var list = new List<Published>();
        foreach (var (draft, hours) in Drafts())
        {
            var body = new Dictionary<string, object?>(draft) { ["published"] = Start.AddHours(hours) };
            using var request = new HttpRequestMessage(HttpMethod.Post, "/api/articles") { Content = JsonContent.Create(body) };
            request.Headers.Add("X-Api-Key", SiteFactory.ApiKey);
            using var response = await client.SendAsync(request);
            response.EnsureSuccessStatusCode();
            var created = await response.Content.ReadFromJsonAsync<Published>();
            list.Add(created!);
        }
        Articles = list;
    }

    public Task DisposeAsync()
    {
        Factory.Dispose();
        return Task.CompletedTask;
    }

    public sealed record Published(long Id, string Slug, string Title, string Language, string Text, string Html, string? Category);

    private static IEnumerable<(Dictionary<string, object?> Draft, int Hours)> Drafts()
    {
        yield return (new()
        {
            ["title"] = "Lighthouse keeper retires after forty years",
            ["category"] = "Local",
            ["author"] = "Ann Reed",
            ["text"] = "The keeper of the Gull Point lighthouse retired on Friday after forty years of service.\n\n"
                + "He climbed the 120 steps of the tower every evening to check the lamp and the clockwork.\n\n"
                + "The town council thanked him at a small ceremony on the harbour wall. "
                + "A plaque with his name will be fixed to the tower door next spring.",
        }, 0);
        yield return (new()
        {
            ["title"] = "Bakery wins a regional bread prize",
            ["category"] = "Food",
            ["html"] = "<p>A family bakery in Millbrook won the regional prize for its <em>rye sourdough</em> on Saturday.</p>"
                + "<p>The judges tasted sixty loaves from bakeries across the county before choosing the winner.</p>"
                + "<script>alert('x')</script><p>The owners said they would keep their prices the same next year.</p>",
        }, 1);
        yield return (new()
        {
            ["title"] = "Библиотека открыла читальный зал после ремонта",
            ["category"] = "Local",
            ["language"] = "ru",
            ["text"] = "Городская библиотека открыла читальный зал после ремонта, который длился восемь месяцев.\n\n"
                + "В зале поставили новые столы, лампы и сорок удобных кресел для читателей.\n\n"
                + "Директор библиотеки сказала, что зал будет работать каждый день с девяти утра до восьми вечера.",
        }, 2);
        yield return (new()
        {
            ["title"] = "Ferry timetable changes for the winter",
            ["category"] = "Travel",
            ["text"] = "The island ferry will run four times a day from Monday instead of six times.\n\n"
                + "The operator said that fewer passengers travel in the winter months and that the boats need repairs.\n\n"
                + "The summer timetable returns in April, when the first tourists arrive on the island.",
        }, 2);
        yield return (new()
        {
            ["title"] = "School garden grows a giant pumpkin",
            ["category"] = "Local",
            ["text"] = "Pupils at the village school grew a pumpkin that weighed ninety kilograms this autumn.\n\n"
                + "They watered the plant every morning before lessons and measured it every Friday.\n\n"
                + "The pumpkin will be shown at the harvest fair on Sunday before it is made into soup.",
        }, 3);
    }
}
