using System.Text;
using System.Xml;

namespace Briefly.Web.Site;

/// <summary>
/// The site's XML documents (feed, sitemap): built in memory, because the response stream allows no synchronous
/// writes, then sent with their length.
/// </summary>
public static class XmlResponse
{
    public static async Task WriteAsync(HttpContext context, string contentType, Func<XmlWriter, Task> write)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(write);
        using var buffer = new MemoryStream();
        using (var xml = XmlWriter.Create(buffer, new XmlWriterSettings { Encoding = new UTF8Encoding(false), Indent = true, Async = true }))
        {
            await write(xml);
        }
        context.Response.ContentType = contentType;
        context.Response.ContentLength = buffer.Length;
        await context.Response.Body.WriteAsync(buffer.GetBuffer().AsMemory(0, (int)buffer.Length), context.RequestAborted);
    }
}
