namespace Masthead.Web.Tests.Infrastructure;

public static class TestEnvironment
{
    /// <summary>CI sets CI=true; there a missing service is a failure, never a skip.</summary>
    public static bool IsCi => string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase);
}
