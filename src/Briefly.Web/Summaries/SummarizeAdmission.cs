using Briefly.Web.Cluster;
using Briefly.Web.Site;
using Microsoft.Extensions.Options;

namespace Briefly.Web.Summaries;

/// <summary>
/// What POST /api/summarize lets in, by cost rather than by count alone. Each client has a budget of words a
/// minute (<see cref="SiteOptions.SummarizeWordsPerMinute"/>, shared by every node with Redis), charged before any summarizing; at most twice the
/// cores' summaries run at once, and of those at most half the cores' are heavy (<see cref="HeavyWords"/> or more),
/// with a short queue. A request that finds the queue full or waits too long is turned away at once with a
/// Retry-After rather than piling work onto the thread pool, so pages and cached summaries keep a core.
/// A client told to wait that sends a body at least as large as the one refused before the wait is over is refused
/// again without its body being parsed, so repeating a refused 2 MB text costs the server next to nothing.
/// </summary>
public sealed class SummarizeAdmission : IDisposable
{
    /// <summary>Inputs of at least this many words (about twenty-five news articles) are heavy.</summary>
    public const int HeavyWords = 20_000;

    /// <summary>Heavy requests that may wait for a slot; more are refused at once.</summary>
    public const int HeavyQueue = 4;

    public static readonly TimeSpan MaxWait = TimeSpan.FromSeconds(10);

    /// <summary>What a refused request is told to wait before trying again.</summary>
    public static readonly TimeSpan BusyRetryAfter = TimeSpan.FromSeconds(5);

    private readonly SemaphoreSlim _any = new(2 * Environment.ProcessorCount);
    private readonly SemaphoreSlim _heavy = new(Math.Max(1, Environment.ProcessorCount / 2));
    private readonly ClientBudgets _budgets;
    private readonly BudgetRule? _words;
    private int _heavyWaiting;

    /// <summary>Clients told to wait, with the smallest body refused.</summary>
    private readonly ClientWaits<long> _waiting = new();

    public SummarizeAdmission(IOptions<SiteOptions> options, ClientBudgets budgets)
    {
        _budgets = budgets;
        var perMinute = options.Value.SummarizeWordsPerMinute;
        // A minute's words as the burst, refilled every second: one big text now and then is fine, a stream of them is not.
        if (perMinute > 0)
            _words = new BudgetRule(perMinute, Math.Max(1, perMinute / 60), TimeSpan.FromSeconds(1));
    }

    /// <summary>
    /// A slot for any summary; null when none freed up within <see cref="MaxWait"/>. Dispose it when done, or earlier
    /// when the rest of the work is another server's (it is given back once).
    /// </summary>
    public async Task<IDisposable?> EnterAsync(CancellationToken cancellationToken) =>
        await _any.WaitAsync(MaxWait, cancellationToken) ? new Slot(_any) : null;

    /// <summary>
    /// How long <paramref name="client"/> must still wait when a body of <paramref name="bytes"/> is at least as large
    /// as one refused for it before; null when the body has to be read and charged (<see cref="ChargeWordsAsync"/>).
    /// </summary>
    public TimeSpan? StillWaiting(string client, long? bytes)
    {
        if (bytes is not { } size || !_waiting.TryGet(client, out var refused, out var left))
            return null;
        return size >= refused ? left : null;
    }

    /// <summary>
    /// Charges <paramref name="words"/> to <paramref name="client"/>'s budget (a text longer than the whole budget
    /// takes all of it). Null when admitted, else how long to wait; a refusal is remembered with the body's size
    /// <paramref name="bytes"/> for <see cref="StillWaiting"/>.
    /// </summary>
    public async ValueTask<TimeSpan?> ChargeWordsAsync(string client, int words, long? bytes = null)
    {
        if (_words is null)
            return null;
        var take = await _budgets.TakeAsync("words", _words, client, words);
        if (take.Granted)
            return null;
        if (bytes is { } size)
            _waiting.Set(client, size, take.Wait, Math.Min);
        return take.Wait;
    }

    /// <summary>
    /// The heavy slot a text of <paramref name="words"/> needs (a no-op for a light one); null when the queue is
    /// full or no slot freed up within <see cref="MaxWait"/>. Dispose the slot when done.
    /// </summary>
    public async Task<IDisposable?> EnterHeavyAsync(int words, CancellationToken cancellationToken)
    {
        if (words < HeavyWords)
            return NoSlot.Instance;
        if (Interlocked.Increment(ref _heavyWaiting) > HeavyQueue)
        {
            Interlocked.Decrement(ref _heavyWaiting);
            return null;
        }
        try
        {
            if (!await _heavy.WaitAsync(MaxWait, cancellationToken))
                return null;
        }
        finally
        {
            Interlocked.Decrement(ref _heavyWaiting);
        }
        return new Slot(_heavy);
    }

    public void Dispose()
    {
        _any.Dispose();
        _heavy.Dispose();
    }

    private sealed class NoSlot : IDisposable
    {
        public static readonly NoSlot Instance = new();

        public void Dispose()
        {
        }
    }

    // Given back once, however often disposed.
    private sealed class Slot(SemaphoreSlim slots) : IDisposable
    {
        private int _released;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref _released, 1) == 0)
                slots.Release();
        }
    }
}
