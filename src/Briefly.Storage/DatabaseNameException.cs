namespace Briefly.Storage;

/// <summary>What a user gave as the database names none this build can open (a usage error, said in one line).</summary>
public sealed class DatabaseNameException(string message) : ArgumentException(message);
