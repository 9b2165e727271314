using Briefly.Text.Search;
using Microsoft.Data.Sqlite;

namespace Briefly.Storage.Sqlite;

public sealed partial class SqliteArticleStore
{
    /// <summary>
    /// The version of <see cref="SearchTerms"/> the stored terms were made with. Raising it makes the next start
    /// rewrite every article's terms (the rows are found by their older search_version), as the migration that
    /// introduced them did for the articles stored before it.
    /// </summary>
    internal const int SearchVersion = 1;

    private const int StemmedSearchMigration = 6;
    private const int IndexBatch = 200;
    private static readonly TimeSpan LanguagesLifetime = TimeSpan.FromSeconds(10);

    // Swapped whole, so a reader on another thread never sees a list with another moment's time.
    private volatile LanguageSet? _languages;

    /// <summary>Rewrites the search terms of articles indexed by an older <see cref="SearchVersion"/> (or none), a batch per transaction.</summary>
    private async Task IndexStaleArticlesAsync(SqliteConnection connection, CancellationToken cancellationToken)
    {
        while (true)
        {
            await using var transaction = connection.BeginTransaction(deferred: false);
            var stale = new List<(long Id, string Title, string Body, string Language)>();
            await using (var select = connection.Command(transaction, """
                SELECT id, title, body_text, language FROM articles WHERE search_version < $version ORDER BY id LIMIT $batch
                """).With("$version", SearchVersion).With("$batch", IndexBatch))
            await using (var reader = await select.ExecuteReaderAsync(cancellationToken))
            {
                while (await reader.ReadAsync(cancellationToken))
                    stale.Add((reader.GetInt64(0), reader.GetString(1), reader.GetString(2), reader.GetString(3)));
            }
            if (stale.Count == 0)
                return;
            await using var update = connection.Command(transaction, """
                UPDATE articles SET search_title = $search_title, search_body = $search_body, search_version = $search_version WHERE id = $id
                """);
            foreach (var (id, title, body, language) in stale)
            {
                update.Parameters.Clear();
                await update.WithSearchTerms(title, body, language).With("$id", id).ExecuteNonQueryAsync(cancellationToken);
            }
            await transaction.CommitAsync(cancellationToken);
        }
    }

    /// <summary>
    /// The languages of the stored articles, which a reader's words are looked up in. Kept for a few seconds (and
    /// dropped on this instance's writes): a language another process has just added is searchable a moment later.
    /// </summary>
    private async Task<IReadOnlyCollection<string>> LanguagesAsync(
        SqliteConnection connection, SqliteTransaction transaction, CancellationToken cancellationToken)
    {
        var now = NowMs();
        if (_languages is { } known && now - known.AtMs < LanguagesLifetime.TotalMilliseconds)
            return known.Languages;
        var languages = new List<string>();
        await using (var select = connection.Command(transaction, "SELECT DISTINCT language FROM articles"))
        await using (var reader = await select.ExecuteReaderAsync(cancellationToken))
        {
            while (await reader.ReadAsync(cancellationToken))
                languages.Add(reader.GetString(0));
        }
        _languages = new LanguageSet(languages, now);
        return languages;
    }

    private void ForgetLanguages() => _languages = null;

    // A write in a language already known changes nothing the set holds; only a new one makes it stale.
    private void Wrote(string language)
    {
        if (_languages is { } known && !known.Languages.Contains(language, StringComparer.Ordinal))
            ForgetLanguages();
    }

    private sealed record LanguageSet(IReadOnlyCollection<string> Languages, long AtMs);
}

internal static class SearchParameters
{
    /// <summary>An article's index terms under the parameter names the statements use.</summary>
    public static SqliteCommand WithSearchTerms(this SqliteCommand command, string title, string body, string language) => command
        .With("$search_title", SearchTerms.Index(title, language))
        .With("$search_body", SearchTerms.Index(body, language))
        .With("$search_version", SqliteArticleStore.SearchVersion);
}
