namespace Masthead.Web.Infrastructure.Media;

/// <summary>What became of an uploaded picture: stored as variants, or refused with a reason for the person who sent it.</summary>
public abstract record ImageIntakeResult
{
    private ImageIntakeResult()
    {
    }

    /// <summary>Stored; <see cref="Width"/> and <see cref="Height"/> are the picture as seen, after its EXIF orientation.</summary>
    public sealed record Accepted(int Width, int Height, IReadOnlyList<int> VariantWidths, string Extension) : ImageIntakeResult;

    public sealed record Rejected(string Message) : ImageIntakeResult;
}
