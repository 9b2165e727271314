using Briefly.Web.Site;

namespace Briefly.Web;

/// <summary>Runs the site on its own (`dotnet Briefly.Web.dll`); `briefly serve` calls <see cref="SiteApp"/> the same way.</summary>
public sealed class Program
{
    private Program()
    {
    }

    public static async Task Main(string[] args)
    {
        await using var app = SiteApp.Create(args);
        await app.RunAsync();
    }
}
