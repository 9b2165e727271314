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

    private const string Approved = "Riverton's city council approved a new bridge over the Mill River on Tuesday.";

    // Sentences a faithful model might write, in the order it would; a case answers with as many as it was asked for.
    private static readonly string[] FaithfulLines =
    [
        Approved,
        "Mayor Ana Lopez said the 12 million dollar bridge would cut the drive to the hospital by half.",
        "Councillor Tom Reed voted against the plan and said the money should go to schools.",
        "Work on the foundations starts in the spring.",
    ];

    private const string NumberChanged = "The bridge will cost 15 million dollars and is due to open in 2028.";

    private const string NameSwapped = "Mayor Maria Gomez said the bridge would cut the drive to the hospital by half.";

    private const string OtherNameSwapped = "Councillor Ana Lopez voted against the plan and said the money should go to schools.";

    /// <summary>Two sentences, each supported by the article.</summary>
    public const string Faithful = Approved + "\nMayor Ana Lopez said the 12 million dollar bridge would cut the drive to the hospital by half.";

    /// <summary>Two sentences, the first with a changed number.</summary>
    public const string InventedNumber = NumberChanged + "\n" + Approved;

    public const string WrongLanguage =
        "Городской совет Ривертона во вторник одобрил строительство нового моста через реку Милл.\n"
        + "Мэр Ана Лопес сказала, что мост вдвое сократит дорогу до больницы.\n"
        + "Советник Том Рид голосовал против.";

    /// <summary>
    /// Every case by name: how the stand-in answers (with as many sentences as the prompt asks for, which is one
    /// more than the reader gets; invented ones first) or fails, and the fallback a reader should get (null: the
    /// written summary — for one invented sentence, without it: the spare takes its place).
    /// </summary>
    public static IReadOnlyList<(string Name, Func<ModelRequest, ModelReply> Reply, string? Fallback)> All { get; } =
    [
        ("faithful", r => ModelReply.Answer(Lines(Wanted(r))), null),
        ("invented-number", r => ModelReply.Answer(Lines(Wanted(r), NumberChanged)), null),
        ("invented-names", r => ModelReply.Answer(Lines(Wanted(r), NameSwapped, OtherNameSwapped)), "unsupported"),
        ("wrong-language", _ => ModelReply.Answer(WrongLanguage), "unsupported"),
        // Far past any timeout a test configures; the client's giving up ends the wait.
        ("slow", r => ModelReply.Answer(Lines(Wanted(r)), TimeSpan.FromMinutes(2)), "timeout"),
        ("error-500", _ => ModelReply.Status(500), "unavailable"),
        ("busy-429", _ => ModelReply.Status(429, "120"), "unavailable"),
        ("malformed", _ => ModelReply.Malformed, "unavailable"),
    ];

    public static (string Name, Func<ModelRequest, ModelReply> Reply, string? Fallback) Named(string name) => All.Single(c => c.Name == name);

    /// <summary>The faithful sentences a reader gets when <paramref name="count"/> are wanted.</summary>
    public static IEnumerable<string> FaithfulFor(int count) => FaithfulLines.Take(count);

    private static string Lines(int count, params string[] invented) =>
        string.Join("\n", invented.Concat(FaithfulLines).Take(count));

    // The prompt says "exactly N sentences".
    private static int Wanted(ModelRequest request)
    {
        const string Exactly = "exactly ";
        var at = request.System.IndexOf(Exactly, StringComparison.Ordinal) + Exactly.Length;
        return int.Parse(request.System.AsSpan(at, request.System.IndexOf(' ', at) - at), System.Globalization.CultureInfo.InvariantCulture);
    }

    /// <summary>The article with a last sentence naming the case, so that one stand-in can serve every case to one site.</summary>
    public static string TextFor(string name) => Text + $"\nThe story was filed under the label {name}.";

    /// <summary>A script answering each request as the case its article names (<see cref="TextFor"/>) says.</summary>
    public static ModelReply ByLabel(ModelRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        const string Label = "filed under the label ";
        var at = request.User.IndexOf(Label, StringComparison.Ordinal);
        if (at < 0)
            return ModelReply.Status(404);
        at += Label.Length;
        return Named(request.User[at..request.User.IndexOf('.', at)]).Reply(request);
    }
}
