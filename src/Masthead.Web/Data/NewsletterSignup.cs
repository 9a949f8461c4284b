namespace Masthead.Web.Data;

public sealed class NewsletterSignup
{
    public int Id { get; set; }

    /// <summary>Lower-cased and trimmed, unique.</summary>
    public required string Email { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset? ConfirmedAt { get; set; }
}
