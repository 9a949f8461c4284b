namespace Masthead.Web.Infrastructure.Media;

/// <summary>What became of an uploaded video: stored, or refused with a reason for the person who sent it.</summary>
public abstract record VideoIntakeResult
{
    private VideoIntakeResult()
    {
    }

    /// <summary>Stored under <see cref="Key"/> in media storage.</summary>
    public sealed record Accepted(string Key, long SizeBytes) : VideoIntakeResult;

    public sealed record Rejected(string Message) : VideoIntakeResult;
}
