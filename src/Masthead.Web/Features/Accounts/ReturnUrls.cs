namespace Masthead.Web.Features.Accounts;

/// <summary>Only local paths are followed after sign-in, so links cannot bounce readers to other sites.</summary>
public static class ReturnUrls
{
    public static string Safe(string? returnUrl) =>
        !string.IsNullOrEmpty(returnUrl) && returnUrl.StartsWith('/') && !returnUrl.StartsWith("//", StringComparison.Ordinal)
            && !returnUrl.Contains('\\', StringComparison.Ordinal) && !returnUrl.Any(char.IsControl)
            ? returnUrl
            : "/";
}
