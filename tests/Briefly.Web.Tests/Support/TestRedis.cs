namespace Briefly.Web.Tests.Support;

/// <summary>The throwaway Redis scripts/test starts for these tests, named by BRIEFLY_TEST_REDIS.</summary>
public static class TestRedis
{
    public static string Address => Environment.GetEnvironmentVariable("BRIEFLY_TEST_REDIS")
        ?? throw new InvalidOperationException("BRIEFLY_TEST_REDIS is not set: run scripts/test, which starts a throwaway Redis for these tests.");
}
