namespace Briefly.ModelStandIn;

/// <summary>
/// A short article of our own and what a model might answer about it, one answer per case the tests check through
/// every host: faithful, an invented number, an invented name, the wrong language (and the server's failures).
/// </summary>
public static class StoryCases
{
    public const string Title = "Riverton council approves a bridge over the Mill River";

    public const string Text =
        "Riverton's city council approved a new bridge over the Mill River on Tuesday. "
        + "The bridge will cost 12 million dollars and is due to open in 2028.\n"
        + "Mayor Ana Lopez said the bridge would cut the drive to the hospital by half. "
        + "Councillor Tom Reed voted against the plan and said the money should go to schools.\n"
        + "The council approved the plan by seven votes to two after a long debate. "
        + "Work on the foundations starts in the spring.";

    /// <summary>Two sentences, each supported by the article.</summary>
    public const string Faithful =
        "Riverton's city council approved a new bridge over the Mill River on Tuesday.\n"
        + "Mayor Ana Lopez said the 12 million dollar bridge would cut the drive to the hospital by half.";

    public const string InventedNumber =
        "Riverton's city council approved a new bridge over the Mill River on Tuesday.\n"
        + "The bridge will cost 15 million dollars and is due to open in 2028.";

    public const string InventedName =
        "Riverton's city council approved a new bridge over the Mill River on Tuesday.\n"
        + "Mayor Maria Gomez said the bridge would cut the drive to the hospital by half.";

    public const string WrongLanguage =
        "Городской совет Ривертона во вторник одобрил строительство нового моста через реку Милл.\n"
        + "Мэр Ана Лопес сказала, что мост вдвое сократит дорогу до больницы.";

    /// <summary>Every case by name: the answer or failure the stand-in gives, and the fallback a reader should get (null: the written summary).</summary>
    public static IReadOnlyList<(string Name, ModelReply Reply, string? Fallback)> All { get; } =
    [
        ("faithful", ModelReply.Answer(Faithful), null),
        ("invented-number", ModelReply.Answer(InventedNumber), "unsupported"),
        ("invented-name", ModelReply.Answer(InventedName), "unsupported"),
        ("wrong-language", ModelReply.Answer(WrongLanguage), "unsupported"),
        ("slow", ModelReply.Answer(Faithful, TimeSpan.FromSeconds(8)), "timeout"),
        ("error-500", ModelReply.Status(500), "unavailable"),
        ("busy-429", ModelReply.Status(429, "120"), "unavailable"),
        ("malformed", ModelReply.Malformed, "unavailable"),
    ];

    public static (string Name, ModelReply Reply, string? Fallback) Named(string name) => All.Single(c => c.Name == name);

    /// <summary>The article with a last sentence naming the case, so that one stand-in can serve every case to one site.</summary>
    public static string TextFor(string name) => Text + $"\nThe story was filed under the label {name}.";

    /// <summary>A script answering each request as the case its article names (<see cref="TextFor"/>) says.</summary>
    public static ModelReply ByLabel(ModelRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        const string Label = "filed under the label ";
        var at = request.User.IndexOf(Label, StringComparison.Ordinal) + Label.Length;
        var name = request.User[at..request.User.IndexOf('.', at)];
        return Named(name).Reply;
    }
}
