namespace Briefly.Storage;

/// <summary>
/// The store's database cannot be used at all (it cannot be created, opened or migrated): a condition for the
/// operator, said in one line, whatever database is behind the store.
/// </summary>
public sealed class StoreException(string message, Exception? innerException = null) : IOException(message, innerException);
