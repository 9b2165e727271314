using System.Security.Cryptography;
using System.Text;

namespace Briefly.Storage;

public static class ContentHash
{
    /// <summary>Lower-case hex SHA-256 of the title and the body text: what a summary depends on.</summary>
    public static string Of(string title, string bodyText)
    {
        var bytes = Encoding.UTF8.GetBytes(string.Concat(title, "\0", bodyText));
        return Convert.ToHexStringLower(SHA256.HashData(bytes));
    }
}
