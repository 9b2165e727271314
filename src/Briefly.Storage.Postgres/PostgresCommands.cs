using Npgsql;

namespace Briefly.Storage.Postgres;

/// <summary>Short ways to build parameterized commands (<c>@name</c> placeholders), so no value is ever spliced into SQL text.</summary>
internal static class PostgresCommands
{
    public static NpgsqlCommand Command(this NpgsqlConnection connection, NpgsqlTransaction? transaction, string sql) =>
        new(sql, connection, transaction);

    /// <summary>A typed parameter: a null string is still a text NULL, which PostgreSQL needs to infer types.</summary>
    public static NpgsqlCommand With<T>(this NpgsqlCommand command, string name, T value)
    {
        command.Parameters.Add(new NpgsqlParameter<T>(name, value));
        return command;
    }
}
