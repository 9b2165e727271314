using System.Net;
using System.Net.Sockets;

namespace Briefly.Cli.Commands;

/// <summary>
/// `serve --urls` checked before the host starts, so that a typo or a busy port is one clear line, not the
/// web host's stack trace.
/// </summary>
public static class ListenAddresses
{
    public static IReadOnlyList<Uri> Parse(string urls)
    {
        var list = new List<Uri>();
        foreach (var part in urls.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            // Kestrel's wildcards (http://*:5080, http://+:5080) mean every address; Uri cannot parse them as hosts.
            var probe = part.Replace("://*:", "://0.0.0.0:", StringComparison.Ordinal).Replace("://+:", "://0.0.0.0:", StringComparison.Ordinal);
            if (!Uri.TryCreate(probe, UriKind.Absolute, out var url) || url.Scheme is not ("http" or "https") || url.AbsolutePath != "/")
                throw new UsageException($"--urls: '{part}' is not an address like http://127.0.0.1:5080");
            list.Add(url);
        }
        if (list.Count == 0)
            throw new UsageException("--urls needs at least one address, e.g. http://127.0.0.1:5080");
        return list;
    }

    /// <summary>Fails early when a fixed IP address and port is taken (host names and port 0 are left to Kestrel).</summary>
    public static void EnsureFree(IReadOnlyList<Uri> urls)
    {
        foreach (var url in urls)
        {
            if (url.Port == 0 || !IPAddress.TryParse(url.Host.Trim('[', ']'), out var address))
                continue;
            try
            {
                using var probe = new Socket(address.AddressFamily, SocketType.Stream, ProtocolType.Tcp);
                // As Kestrel does: a port left in TIME_WAIT by a server that just stopped is free to use.
                probe.SetSocketOption(SocketOptionLevel.Socket, SocketOptionName.ReuseAddress, true);
                probe.Bind(new IPEndPoint(address, url.Port));
            }
            catch (SocketException e) when (e.SocketErrorCode == SocketError.AddressAlreadyInUse)
            {
                throw new IOException($"{address}:{url.Port} is already in use; choose another port with --urls");
            }
            catch (SocketException e) when (e.SocketErrorCode == SocketError.AddressNotAvailable)
            {
                throw new UsageException($"--urls: {address} is not an address of this machine");
            }
        }
    }
}
