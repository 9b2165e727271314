using System.Globalization;
using Npgsql;

namespace Briefly.Storage.Postgres;

/// <summary>
/// What a user may write for a PostgreSQL database: a URI (<c>postgres://user:pass@host:port/db?sslmode=require</c>,
/// as libpq and most hosting providers print it) or an Npgsql connection string (<c>Host=…;Database=…</c>).
/// </summary>
public static class PostgresConnectionString
{
    /// <summary>Whether <paramref name="database"/> names a PostgreSQL database at all.</summary>
    public static bool IsPostgres(string database)
    {
        if (string.IsNullOrWhiteSpace(database))
            return false;
        if (database.StartsWith("postgres://", StringComparison.OrdinalIgnoreCase) || database.StartsWith("postgresql://", StringComparison.OrdinalIgnoreCase))
            return true;
        if (database.Contains("://", StringComparison.Ordinal) || !database.Contains('=', StringComparison.Ordinal))
            return false;
        try
        {
            var builder = new NpgsqlConnectionStringBuilder(database);
            return !string.IsNullOrEmpty(builder.Host);
        }
        catch (ArgumentException)
        {
            return false;
        }
    }

    /// <summary>The Npgsql settings for <paramref name="database"/>.</summary>
    /// <exception cref="DatabaseNameException">It is not a usable PostgreSQL URI or connection string (the text is not echoed: it may hold a password).</exception>
    public static NpgsqlConnectionStringBuilder Parse(string database)
    {
        if (!database.Contains("://", StringComparison.Ordinal))
        {
            try
            {
                return new NpgsqlConnectionStringBuilder(database);
            }
            catch (ArgumentException e)
            {
                throw new DatabaseNameException($"the PostgreSQL connection string is not valid: {e.Message.Split('\n')[0]}");
            }
        }
        if (!Uri.TryCreate(database, UriKind.Absolute, out var uri) || string.IsNullOrEmpty(uri.Host))
            throw new DatabaseNameException("the PostgreSQL URI is not valid: write postgres://user:password@host:port/database");
        var builder = new NpgsqlConnectionStringBuilder
        {
            Host = uri.Host.Trim('[', ']'),
            Port = uri.IsDefaultPort || uri.Port < 0 ? 5432 : uri.Port,
        };
        var path = Uri.UnescapeDataString(uri.AbsolutePath.TrimStart('/'));
        if (path.Length > 0)
            builder.Database = path;
        if (uri.UserInfo.Length > 0)
        {
            var colon = uri.UserInfo.IndexOf(':', StringComparison.Ordinal);
            builder.Username = Uri.UnescapeDataString(colon < 0 ? uri.UserInfo : uri.UserInfo[..colon]);
            if (colon >= 0)
                builder.Password = Uri.UnescapeDataString(uri.UserInfo[(colon + 1)..]);
        }
        foreach (var pair in uri.Query.TrimStart('?').Split('&', StringSplitOptions.RemoveEmptyEntries))
        {
            var equals = pair.IndexOf('=', StringComparison.Ordinal);
            var name = Uri.UnescapeDataString(equals < 0 ? pair : pair[..equals]);
            var value = equals < 0 ? "" : Uri.UnescapeDataString(pair[(equals + 1)..].Replace('+', ' '));
            switch (name)
            {
                case "sslmode":
                    builder.SslMode = value switch
                    {
                        "disable" => SslMode.Disable,
                        "allow" => SslMode.Allow,
                        "prefer" => SslMode.Prefer,
                        "require" => SslMode.Require,
                        "verify-ca" => SslMode.VerifyCA,
                        "verify-full" => SslMode.VerifyFull,
                        _ => throw new DatabaseNameException($"sslmode={value} is not one of disable, allow, prefer, require, verify-ca, verify-full"),
                    };
                    break;
                case "application_name":
                    builder.ApplicationName = value;
                    break;
                case "connect_timeout":
                    builder.Timeout = int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var seconds) && seconds is > 0 and <= 1024
                        ? seconds
                        : throw new DatabaseNameException("connect_timeout must be a number of seconds from 1 to 1024");
                    break;
                default:
                    throw new DatabaseNameException($"the PostgreSQL URI has a parameter this build does not know: {name} (known: sslmode, application_name, connect_timeout)");
            }
        }
        return builder;
    }
}
