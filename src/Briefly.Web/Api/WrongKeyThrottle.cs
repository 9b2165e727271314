using Briefly.Web.Cluster;
using Briefly.Web.Site;

namespace Briefly.Web.Api;

/// <summary>
/// Slows down guessing API keys: each client may send <see cref="Allowed"/> wrong keys in a burst, then one more
/// every <see cref="Refill"/> (a budget shared by every node with Redis). A client that has used them up gets 429 on
/// every write until its budget refills, right key or not, so thousands of guesses a second become a few a minute.
/// </summary>
public sealed class WrongKeyThrottle(ClientBudgets budgets)
{
    public const int Allowed = 10;
    public static readonly TimeSpan Refill = TimeSpan.FromSeconds(6);

    private static readonly BudgetRule Rule = new(Allowed, 1, Refill);

    /// <summary>Clients with no wrong guess left, as this node last heard.</summary>
    private readonly ClientWaits<bool> _lockedOut = new(100_000);

    /// <summary>True when <paramref name="client"/> has used up its wrong guesses for now.</summary>
    public bool IsLockedOut(string client) => _lockedOut.TryGet(client, out _, out _);

    /// <summary>Counts one wrong key against <paramref name="client"/>.</summary>
    public async ValueTask FailedAsync(string client)
    {
        var take = await budgets.TakeAsync("wrong-keys", Rule, client, 1);
        // The last guess of the burst empties the bucket: from then on the client waits, whichever node it asks.
        if (!take.Granted || take.Remaining is 0)
            _lockedOut.Set(client, true, take.Granted ? Refill : take.Wait);
    }
}
