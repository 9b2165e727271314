using System.Buffers.Binary;
using System.Net;
using System.Net.Sockets;

namespace Briefly.Ingest.Fetching;

/// <summary>
/// The SSRF guard: which resolved addresses a fetch may connect to. Checked in the socket connect callback,
/// so it holds after DNS resolution and on every redirect, not just for the URL as typed.
/// </summary>
/// <remarks>
/// IPv4: everything is public except the special-purpose ranges below. IPv6: only global unicast (2000::/3)
/// is public, minus the special ranges inside it, and addresses that carry an IPv4 address (mapped, NAT64,
/// 6to4) are judged by that IPv4 address, so an IPv6 spelling cannot reach a private IPv4 host.
/// </remarks>
public static class NetworkGuard
{
    public static bool IsPublic(IPAddress address) => address.AddressFamily switch
    {
        AddressFamily.InterNetwork => IsPublicV4(V4Value(address)),
        AddressFamily.InterNetworkV6 => IsPublicV6(address),
        _ => false,
    };

    private static uint V4Value(IPAddress address)
    {
        Span<byte> b = stackalloc byte[4];
        address.TryWriteBytes(b, out _);
        return BinaryPrimitives.ReadUInt32BigEndian(b);
    }

    private static bool IsPublicV4(uint a) =>
        !(In(a, 0x00000000, 8)          // 0.0.0.0/8 "this network"
        || In(a, 0x0A000000, 8)         // 10.0.0.0/8 private
        || In(a, 0x64400000, 10)        // 100.64.0.0/10 carrier-grade NAT
        || In(a, 0x7F000000, 8)         // 127.0.0.0/8 loopback
        || In(a, 0xA9FE0000, 16)        // 169.254.0.0/16 link-local, cloud metadata
        || In(a, 0xAC100000, 12)        // 172.16.0.0/12 private
        || In(a, 0xC0000000, 24)        // 192.0.0.0/24 IETF protocol assignments
        || In(a, 0xC0000200, 24)        // 192.0.2.0/24 documentation (TEST-NET-1)
        || In(a, 0xC0A80000, 16)        // 192.168.0.0/16 private
        || In(a, 0xC6120000, 15)        // 198.18.0.0/15 benchmarking
        || In(a, 0xC6336400, 24)        // 198.51.100.0/24 documentation (TEST-NET-2)
        || In(a, 0xCB007100, 24)        // 203.0.113.0/24 documentation (TEST-NET-3)
        || In(a, 0xE0000000, 4)         // 224.0.0.0/4 multicast
        || In(a, 0xF0000000, 4));       // 240.0.0.0/4 reserved, and 255.255.255.255 broadcast

    private static bool In(uint address, uint network, int prefixLength) =>
        (address & (uint.MaxValue << (32 - prefixLength))) == network;

    private static bool IsPublicV6(IPAddress address)
    {
        Span<byte> b = stackalloc byte[16];
        address.TryWriteBytes(b, out _);

        // ::ffff:0:0/96, IPv4-mapped: the connection goes to the IPv4 address.
        if (address.IsIPv4MappedToIPv6)
            return IsPublicV4(BinaryPrimitives.ReadUInt32BigEndian(b[12..]));
        // 64:ff9b::/96, the well-known NAT64 prefix: a translator connects to the embedded IPv4 address.
        if (StartsWith(b, [0x00, 0x64, 0xff, 0x9b, 0, 0, 0, 0, 0, 0, 0, 0]))
            return IsPublicV4(BinaryPrimitives.ReadUInt32BigEndian(b[12..]));
        // 64:ff9b:1::/48, local-use NAT64 (RFC 8215): not globally reachable, and where the IPv4 address sits
        // depends on the local prefix length, so it is refused whatever it embeds.
        if (StartsWith(b, [0x00, 0x64, 0xff, 0x9b, 0x00, 0x01]))
            return false;
        // Outside 2000::/3 nothing is global unicast: ::, ::1, IPv4-compatible ::/96, 100::/64 discard,
        // fc00::/7 unique local, fe80::/10 link-local, fec0::/10 site-local, ff00::/8 multicast.
        if ((b[0] & 0xE0) != 0x20)
            return false;
        // 2002::/16, 6to4: the relay forwards to the IPv4 address in bits 16-47.
        if (b[0] == 0x20 && b[1] == 0x02)
            return IsPublicV4(BinaryPrimitives.ReadUInt32BigEndian(b[2..6]));
        return !(StartsWith(b, [0x20, 0x01, 0x00, 0x00])     // 2001::/32 Teredo: tunnels to an (obfuscated) IPv4 address
            || StartsWith(b, [0x20, 0x01, 0x00, 0x02, 0x00, 0x00]) // 2001:2::/48 benchmarking
            || StartsWith(b, [0x20, 0x01, 0x0d, 0xb8])      // 2001:db8::/32 documentation
            || (b[0] == 0x3f && b[1] == 0xff && (b[2] & 0xF0) == 0)); // 3fff::/20 documentation
    }

    private static bool StartsWith(ReadOnlySpan<byte> address, ReadOnlySpan<byte> prefix) => address.StartsWith(prefix);
}
