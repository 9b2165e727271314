namespace Briefly.Storage.Sqlite;

/// <summary>One schema change, applied once, in its own transaction.</summary>
internal sealed record Migration(int Version, string Name, string Sql);

/// <summary>
/// The schema's history, oldest first. Never edit a step that has shipped: databases out there already ran it.
/// Add a new step instead. Times are INTEGER unix milliseconds (UTC) and tags live in their own table, so the
/// same shape carries over to PostgreSQL.
/// </summary>
internal static class SqliteMigrations
{
    public static IReadOnlyList<Migration> All { get; } =
    [
        new(1, "articles and tags", """
            CREATE TABLE articles (
                -- AUTOINCREMENT: an id is never reused after a delete, so an old link cannot point at a new article.
                id INTEGER PRIMARY KEY AUTOINCREMENT,
                slug TEXT NOT NULL UNIQUE,
                title TEXT NOT NULL,
                body_html TEXT NOT NULL,
                body_text TEXT NOT NULL,
                language TEXT NOT NULL,
                published_ms INTEGER NOT NULL,
                source_url TEXT,
                author TEXT,
                category TEXT,
                -- Lower-cased in .NET: SQLite's lower() and NOCASE fold ASCII only.
                category_key TEXT,
                feed_guid TEXT,
                content_hash TEXT NOT NULL,
                word_count INTEGER NOT NULL,
                created_ms INTEGER NOT NULL,
                updated_ms INTEGER NOT NULL
            );
            CREATE INDEX ix_articles_published ON articles (published_ms, id);
            CREATE INDEX ix_articles_category ON articles (category_key, published_ms, id);
            CREATE INDEX ix_articles_source_url ON articles (source_url);
            CREATE INDEX ix_articles_feed_guid ON articles (feed_guid);
            CREATE INDEX ix_articles_content_hash ON articles (content_hash);

            CREATE TABLE article_tags (
                article_id INTEGER NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
                position INTEGER NOT NULL,
                tag TEXT NOT NULL,
                PRIMARY KEY (article_id, position)
            );
            CREATE INDEX ix_article_tags_tag ON article_tags (tag);
            """),

        // The index reads a view, not the table: unicode61 strips diacritics from Latin letters only, so Russian
        // "ё" is folded to "е" here (and in the query), as most Russian text and every Russian reader writes it.
        // Being the content table, the view also keeps FTS5's 'rebuild' consistent with what the triggers index.
        new(2, "full-text search", """
            CREATE VIEW articles_fts_content AS
            SELECT id,
                replace(replace(title, 'ё', 'е'), 'Ё', 'Е') AS title,
                replace(replace(body_text, 'ё', 'е'), 'Ё', 'Е') AS body_text
            FROM articles;
            CREATE VIRTUAL TABLE articles_fts USING fts5 (
                title, body_text,
                content = 'articles_fts_content', content_rowid = 'id',
                tokenize = 'unicode61 remove_diacritics 2'
            );
            CREATE TRIGGER articles_fts_insert AFTER INSERT ON articles BEGIN
                INSERT INTO articles_fts (rowid, title, body_text) VALUES (new.id,
                    replace(replace(new.title, 'ё', 'е'), 'Ё', 'Е'), replace(replace(new.body_text, 'ё', 'е'), 'Ё', 'Е'));
            END;
            CREATE TRIGGER articles_fts_delete AFTER DELETE ON articles BEGIN
                INSERT INTO articles_fts (articles_fts, rowid, title, body_text) VALUES ('delete', old.id,
                    replace(replace(old.title, 'ё', 'е'), 'Ё', 'Е'), replace(replace(old.body_text, 'ё', 'е'), 'Ё', 'Е'));
            END;
            CREATE TRIGGER articles_fts_update AFTER UPDATE OF title, body_text ON articles BEGIN
                INSERT INTO articles_fts (articles_fts, rowid, title, body_text) VALUES ('delete', old.id,
                    replace(replace(old.title, 'ё', 'е'), 'Ё', 'Е'), replace(replace(old.body_text, 'ё', 'е'), 'Ё', 'Е'));
                INSERT INTO articles_fts (rowid, title, body_text) VALUES (new.id,
                    replace(replace(new.title, 'ё', 'е'), 'Ё', 'Е'), replace(replace(new.body_text, 'ё', 'е'), 'Ё', 'Е'));
            END;
            -- Indexes the articles stored before this step.
            INSERT INTO articles_fts (articles_fts) VALUES ('rebuild');
            """),

        new(3, "summary cache", """
            CREATE TABLE summaries (
                content_hash TEXT NOT NULL,
                options TEXT NOT NULL,
                method TEXT NOT NULL,
                engine_version TEXT NOT NULL,
                json TEXT NOT NULL,
                created_ms INTEGER NOT NULL,
                PRIMARY KEY (content_hash, options, method, engine_version)
            );
            """),

        new(4, "feeds", """
            CREATE TABLE feeds (
                id INTEGER PRIMARY KEY AUTOINCREMENT,
                url TEXT NOT NULL UNIQUE,
                title TEXT,
                interval_s INTEGER NOT NULL,
                etag TEXT,
                last_modified TEXT,
                last_polled_ms INTEGER,
                last_success_ms INTEGER,
                last_error_ms INTEGER,
                last_error TEXT,
                failures INTEGER NOT NULL DEFAULT 0,
                next_poll_ms INTEGER NOT NULL,
                created_ms INTEGER NOT NULL
            );
            CREATE INDEX ix_feeds_next_poll ON feeds (next_poll_ms);
            """),
        new(5, "write probe", """
            -- One row the health check rewrites: a database that cannot take this write cannot take any.
            CREATE TABLE write_probe (
                id INTEGER PRIMARY KEY CHECK (id = 1),
                checked_ms INTEGER NOT NULL
            );
            """),

        // Search by word forms: the store writes each article's index terms (Snowball stems tagged with the article's
        // language, Briefly.Text.Search.SearchTerms) next to its text, and FTS5 indexes those. The terms of
        // articles stored before this step are written by the store after migrating (search_version 0 is "not yet").
        new(6, "stemmed search", """
            ALTER TABLE articles ADD COLUMN search_title TEXT NOT NULL DEFAULT '';
            ALTER TABLE articles ADD COLUMN search_body TEXT NOT NULL DEFAULT '';
            ALTER TABLE articles ADD COLUMN search_version INTEGER NOT NULL DEFAULT 0;
            CREATE INDEX ix_articles_search_version ON articles (search_version);
            -- Search looks up the languages held; Previous / Next stay within the article's language.
            CREATE INDEX ix_articles_language ON articles (language, published_ms, id);
            DROP TRIGGER articles_fts_insert;
            DROP TRIGGER articles_fts_delete;
            DROP TRIGGER articles_fts_update;
            DROP TABLE articles_fts;
            DROP VIEW articles_fts_content;
            CREATE VIRTUAL TABLE articles_fts USING fts5 (
                search_title, search_body,
                content = 'articles', content_rowid = 'id',
                tokenize = "unicode61 remove_diacritics 2 tokenchars '_'"
            );
            CREATE TRIGGER articles_fts_insert AFTER INSERT ON articles BEGIN
                INSERT INTO articles_fts (rowid, search_title, search_body) VALUES (new.id, new.search_title, new.search_body);
            END;
            CREATE TRIGGER articles_fts_delete AFTER DELETE ON articles BEGIN
                INSERT INTO articles_fts (articles_fts, rowid, search_title, search_body)
                VALUES ('delete', old.id, old.search_title, old.search_body);
            END;
            CREATE TRIGGER articles_fts_update AFTER UPDATE OF search_title, search_body ON articles BEGIN
                INSERT INTO articles_fts (articles_fts, rowid, search_title, search_body)
                VALUES ('delete', old.id, old.search_title, old.search_body);
                INSERT INTO articles_fts (rowid, search_title, search_body) VALUES (new.id, new.search_title, new.search_body);
            END;
            -- Indexes the (still empty) terms of the articles stored before this step, so that the update trigger's
            -- 'delete' of those rows removes exactly what is indexed, as an external-content table requires.
            INSERT INTO articles_fts (articles_fts) VALUES ('rebuild');
            """),

        new(7, "deleted slugs", """
            -- An address that held an article answers 410 Gone after a delete, not 404 (until an article takes it again).
            CREATE TABLE deleted_slugs (
                slug TEXT PRIMARY KEY,
                deleted_ms INTEGER NOT NULL
            );
            """),

        // tag_key is written by the store (lower-cased in .NET, as category_key); the rows stored before this step
        // get theirs after migrating (a NULL key is "not yet").
        new(8, "tag keys, sources and lead images", """
            ALTER TABLE article_tags ADD COLUMN tag_key TEXT;
            CREATE INDEX ix_article_tags_key ON article_tags (tag_key, article_id);
            ALTER TABLE articles ADD COLUMN source_name TEXT;
            ALTER TABLE articles ADD COLUMN image_url TEXT;
            CREATE TABLE article_images (
                article_id INTEGER PRIMARY KEY REFERENCES articles (id) ON DELETE CASCADE,
                source_url TEXT NOT NULL,
                content_type TEXT NOT NULL,
                bytes BLOB NOT NULL,
                stored_ms INTEGER NOT NULL
            );
            """),
    ];

    public static int Latest => All[^1].Version;
}
