using System.Collections.Concurrent;
using Briefly.Web.Cluster;

namespace Briefly.Web.Api;

/// <summary>
/// Slows down guessing API keys: each client may send <see cref="Allowed"/> wrong keys in a burst, then one more
/// every <see cref="Refill"/> (a budget shared by every node with Redis). A client that has used them up gets 429 on
/// every write until its budget refills, right key or not, so thousands of guesses a second become a few a minute.
/// </summary>
public sealed class WrongKeyThrottle(IClientBudgets budgets)
{
    public const int Allowed = 10;
    public static readonly TimeSpan Refill = TimeSpan.FromSeconds(6);

    private static readonly BudgetRule Rule = new(Allowed, 1, Refill);

    /// <summary>Clients with no wrong guess left, until when (<see cref="Environment.TickCount64"/>), as this node last heard.</summary>
    private readonly ConcurrentDictionary<string, long> _lockedOut = new();

    /// <summary>True when <paramref name="client"/> has used up its wrong guesses for now.</summary>
    public bool IsLockedOut(string client)
    {
        if (!_lockedOut.TryGetValue(client, out var until))
            return false;
        if (until > Environment.TickCount64)
            return true;
        _lockedOut.TryRemove(KeyValuePair.Create(client, until));
        return false;
    }

    /// <summary>Counts one wrong key against <paramref name="client"/>.</summary>
    public async ValueTask FailedAsync(string client)
    {
        var take = await budgets.TakeAsync("wrong-keys", Rule, client, 1);
        // The last guess of the burst empties the bucket: from then on the client waits, whichever node it asks.
        if (!take.Granted || take.Remaining is 0)
        {
            if (_lockedOut.Count > 100_000)
                _lockedOut.Clear();
            _lockedOut[client] = Environment.TickCount64 + (long)(take.Granted ? Refill : take.Wait).TotalMilliseconds;
        }
    }
}
