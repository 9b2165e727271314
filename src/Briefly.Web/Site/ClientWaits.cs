using System.Collections.Concurrent;

namespace Briefly.Web.Site;

/// <summary>
/// Clients told to wait, each with what it was told about, until its wait is over — this node's memory of a
/// refusal, so the next request can be refused before any work. Bounded: when full, the expired are dropped, and
/// while it is still full no new client is remembered (it is then simply asked to wait again the costly way).
/// </summary>
public sealed class ClientWaits<T>(int capacity = 10_000)
{
    private readonly ConcurrentDictionary<string, (T Value, long Until)> _waits = new();

    /// <summary>What <paramref name="client"/> was told about and how long it must still wait; false when it need not.</summary>
    public bool TryGet(string client, out T value, out TimeSpan left)
    {
        (value, left) = (default!, TimeSpan.Zero);
        if (!_waits.TryGetValue(client, out var wait))
            return false;
        var ms = wait.Until - Environment.TickCount64;
        if (ms <= 0)
        {
            _waits.TryRemove(KeyValuePair.Create(client, wait));
            return false;
        }
        (value, left) = (wait.Value, TimeSpan.FromMilliseconds(ms));
        return true;
    }

    /// <summary>
    /// Tells <paramref name="client"/> to wait <paramref name="wait"/> about <paramref name="value"/>; when it is still
    /// waiting, <paramref name="merge"/> (old, new) decides what it is waiting about.
    /// </summary>
    public void Set(string client, T value, TimeSpan wait, Func<T, T, T>? merge = null)
    {
        var now = Environment.TickCount64;
        if (_waits.Count >= capacity)
        {
            foreach (var (key, old) in _waits)
            {
                if (old.Until <= now)
                    _waits.TryRemove(KeyValuePair.Create(key, old));
            }
            if (_waits.Count >= capacity)
                return;
        }
        var until = now + (long)wait.TotalMilliseconds;
        _waits.AddOrUpdate(client, (value, until), (_, old) => (old.Until > now && merge is not null ? merge(old.Value, value) : value, until));
    }
}
