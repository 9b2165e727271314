using System.Net;
using System.Net.Sockets;

namespace Briefly.Web.Site;

/// <summary>Who a request comes from, for per-client limits: its address, or its /64 network for IPv6.</summary>
public static class ClientKeys
{
    /// <summary>
    /// The client of <paramref name="context"/>. Behind a configured reverse proxy the forwarded-headers middleware has
    /// already put the real client's address in <see cref="ConnectionInfo.RemoteIpAddress"/>.
    /// </summary>
    public static string Of(HttpContext context) => Of(context.Connection.RemoteIpAddress);

    // An IPv6 client owns at least a /64 and could rotate through it: the network, not the address, is the client.
    public static string Of(IPAddress? address)
    {
        if (address is null)
            return "unknown";
        if (address.IsIPv4MappedToIPv6)
            address = address.MapToIPv4();
        if (address.AddressFamily != AddressFamily.InterNetworkV6)
            return address.ToString();
        var bytes = address.GetAddressBytes();
        Array.Clear(bytes, 8, 8);
        return new IPAddress(bytes) + "/64";
    }
}
