using System.ComponentModel.DataAnnotations;

namespace Masthead.Web.Infrastructure.Mail;

/// <summary>The "Mail:Outbox" configuration section: how the background sender retries.</summary>
public sealed class MailOutboxOptions
{
    public const string Section = "Mail:Outbox";

    private static readonly TimeSpan LongestRetry = TimeSpan.FromHours(1);

    /// <summary>How often the sender looks at the outbox unwoken, for mail queued on other nodes; it is woken at once for mail queued on its own.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "01:00:00")]
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>The wait after a message's first failed attempt; each further failure doubles it, up to an hour.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "01:00:00")]
    public TimeSpan FirstRetry { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>Attempts before a message is given up (it stays in the outbox with its last error).</summary>
    [Range(1, 1000)]
    public int MaxAttempts { get; set; } = 20;

    public TimeSpan RetryDelay(int failedAttempts)
    {
        var delay = FirstRetry;
        for (var i = 1; i < failedAttempts && delay < LongestRetry; i++)
        {
            delay *= 2;
        }

        return delay < LongestRetry ? delay : LongestRetry;
    }
}
