namespace Masthead.Web.Features.Accounts;

/// <summary>Newsroom roles. Anyone holding one is staff: they read everything and never use the meter.</summary>
public static class StaffRoles
{
    public const string Contributor = "contributor";
    public const string Author = "author";
    public const string Editor = "editor";
    public const string Admin = "admin";

    public static readonly string[] All = [Contributor, Author, Editor, Admin];
}
