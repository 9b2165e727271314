using System.Text.Json;

namespace Briefly.Cli.Evaluation;

/// <summary>Reads JSON Lines files one record at a time; a malformed line is a usage error naming file and line.</summary>
public static class JsonLines
{
    public static IEnumerable<JsonElement> Read(string path)
    {
        if (!File.Exists(path))
            throw new UsageException($"no such file: {path}");
        var number = 0;
        foreach (var line in File.ReadLines(path))
        {
            number++;
            if (string.IsNullOrWhiteSpace(line))
                continue;
            JsonElement element;
            try
            {
                using var doc = JsonDocument.Parse(line);
                element = doc.RootElement.Clone();
            }
            catch (JsonException e)
            {
                throw new UsageException($"{path}:{number}: not a JSON object ({e.Message})");
            }
            if (element.ValueKind != JsonValueKind.Object)
                throw new UsageException($"{path}:{number}: not a JSON object");
            yield return element;
        }
    }

    public static string? OptionalString(this JsonElement e, string name) =>
        e.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;

    public static string Required(this JsonElement e, string name, string path) =>
        e.OptionalString(name) ?? throw new UsageException($"{path}: a record has no string field \"{name}\"");
}
