using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using Briefly.Storage;

namespace Briefly.Cli.Commands;

/// <summary>`briefly articles list|show|delete`: a site's articles without the site.</summary>
/// <remarks>A running site shows a change made here within its cache lifetimes (seconds), as for any write that bypasses it.</remarks>
public static class ArticlesCommand
{
    // Printed for a person or a script, never into a web page: text as it is, markup and every script unescaped.
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        WriteIndented = true,
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static Command Create()
    {
        var command = new Command("articles", "List, show or delete a site's articles");
        command.Subcommands.Add(List());
        command.Subcommands.Add(Show());
        command.Subcommands.Add(Delete());
        return command;
    }

    private static Command List()
    {
        var db = SiteDatabase.DatabaseOption();
        var page = new Option<int>("--page") { Description = "Page, from 1 (newest first)", DefaultValueFactory = _ => 1 };
        var size = new Option<int>("--page-size") { Description = $"Articles per page, 1 to {ArticleQuery.MaxPageSize}", DefaultValueFactory = _ => 20 };
        var search = new Option<string?>("--search") { Description = "Only articles with all of these words (in any of their forms)" };
        var command = new Command("list", "One line per article, newest first: slug, published time (UTC), language, title");
        command.Options.Add(db);
        command.Options.Add(page);
        command.Options.Add(size);
        command.Options.Add(search);
        command.SetAction(async (result, cancellationToken) =>
        {
            var number = result.GetValue(page);
            var perPage = result.GetValue(size);
            if (number < 1)
                throw new UsageException("--page: give a whole number from 1");
            if (perPage < 1 || perPage > ArticleQuery.MaxPageSize)
                throw new UsageException($"--page-size: give a whole number from 1 to {ArticleQuery.MaxPageSize}");
            return await SiteDatabase.UseAsync(result.GetValue(db)!, async store =>
            {
                var list = await store.ListAsync(new ArticleQuery { Page = number, PageSize = perPage, Text = result.GetValue(search) }, cancellationToken);
                foreach (var a in list.Items)
                    Console.Out.WriteLine(string.Join('\t', a.Slug, a.Published.UtcDateTime.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture), a.Language, a.Title));
                Console.Error.WriteLine($"page {list.Page} of {list.TotalPages}; {list.TotalCount} articles");
                return ExitCodes.Ok;
            }, cancellationToken);
        });
        return command;
    }

    private static Command Show()
    {
        var db = SiteDatabase.DatabaseOption();
        var slug = new Argument<string>("slug") { Description = "The article's address: /articles/{slug}" };
        var json = new Option<bool>("--json") { Description = "The article as the API gives it, with its HTML" };
        var command = new Command("show", "An article's title, details and text");
        command.Options.Add(db);
        command.Options.Add(json);
        command.Arguments.Add(slug);
        command.SetAction(async (result, cancellationToken) => await SiteDatabase.UseAsync(result.GetValue(db)!, async store =>
        {
            var name = result.GetValue(slug)!;
            var article = await store.GetBySlugAsync(name, cancellationToken);
            if (article is null)
                return await NotThereAsync(store, name, cancellationToken);
            if (result.GetValue(json))
            {
                Console.Out.WriteLine(JsonSerializer.Serialize(article, Json));
                return ExitCodes.Ok;
            }
            Console.Out.WriteLine(article.Title);
            Console.Out.WriteLine($"published {article.Published.UtcDateTime.ToString("yyyy-MM-dd HH:mm 'UTC'", CultureInfo.InvariantCulture)} · {article.Language} · {article.WordCount} words"
                + (article.Author is null ? "" : $" · by {article.Author}") + (article.Category is null ? "" : $" · {article.Category}"));
            if (article.SourceUrl is not null)
                Console.Out.WriteLine($"source {article.SourceUrl}");
            if (article.Tags.Count > 0)
                Console.Out.WriteLine($"tags {string.Join(", ", article.Tags)}");
            Console.Out.WriteLine();
            Console.Out.WriteLine(article.BodyText.Replace("\n", "\n\n", StringComparison.Ordinal));
            return ExitCodes.Ok;
        }, cancellationToken));
        return command;
    }

    private static Command Delete()
    {
        var db = SiteDatabase.DatabaseOption();
        var slug = new Argument<string>("slug") { Description = "The article's address: /articles/{slug}" };
        var command = new Command("delete", "Delete an article; its address then answers 410 Gone");
        command.Options.Add(db);
        command.Arguments.Add(slug);
        command.SetAction(async (result, cancellationToken) => await SiteDatabase.UseAsync(result.GetValue(db)!, async store =>
        {
            var name = result.GetValue(slug)!;
            var article = await store.GetBySlugAsync(name, cancellationToken);
            if (article is null || !await store.DeleteAsync(article.Id, cancellationToken))
                return await NotThereAsync(store, name, cancellationToken);
            Console.Out.WriteLine($"deleted {name}");
            return ExitCodes.Ok;
        }, cancellationToken));
        return command;
    }

    private static async Task<int> NotThereAsync(IArticleStore store, string slug, CancellationToken cancellationToken)
    {
        Console.Error.WriteLine(await store.WasDeletedAsync(slug, cancellationToken)
            ? $"briefly: the article '{slug}' was deleted"
            : $"briefly: no article has the slug '{slug}'");
        return ExitCodes.Failure;
    }
}
