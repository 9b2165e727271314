namespace Briefly.Text.Tests;

public class SmokeTests
{
    [Fact]
    public void Builds() => Assert.True(typeof(SmokeTests).Assembly.GetName().Name!.Length > 0);
}
