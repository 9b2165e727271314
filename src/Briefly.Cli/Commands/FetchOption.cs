using System.CommandLine;

namespace Briefly.Cli.Commands;

/// <summary>The option of every command that fetches URLs.</summary>
internal static class FetchOption
{
    public static Option<bool> AllowPrivateNetwork() =>
        new("--allow-private-network") { Description = "Allow fetching from loopback and private addresses" };
}
