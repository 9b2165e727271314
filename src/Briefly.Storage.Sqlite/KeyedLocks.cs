namespace Briefly.Storage.Sqlite;

/// <summary>
/// Exclusive locks by name within this process, for stores whose database has no lock of its own to offer. A fixed
/// set of stripes, so memory stays bounded whatever the names; two names may share a stripe and then wait for each
/// other, which costs time, never correctness.
/// </summary>
internal sealed class KeyedLocks
{
    private readonly SemaphoreSlim[] _stripes;

    public KeyedLocks(int stripes = 64)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(stripes, 1);
        _stripes = Enumerable.Range(0, stripes).Select(_ => new SemaphoreSlim(1, 1)).ToArray();
    }

    public async Task<IAsyncDisposable> LockAsync(string key, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(key);
        var stripe = _stripes[(int)((uint)StringComparer.Ordinal.GetHashCode(key) % (uint)_stripes.Length)];
        await stripe.WaitAsync(cancellationToken);
        return new Held(stripe);
    }

    private sealed class Held(SemaphoreSlim stripe) : IAsyncDisposable
    {
        private int _released;

        public ValueTask DisposeAsync()
        {
            if (Interlocked.Exchange(ref _released, 1) == 0)
                stripe.Release();
            return ValueTask.CompletedTask;
        }
    }
}
