using System.Buffers.Binary;
using System.Collections.Frozen;
using System.Text;
using Microsoft.Extensions.Options;

namespace Masthead.Web.Infrastructure.Media;

/// <summary>
/// Takes an uploaded MP4, recognised by the ISO-BMFF "ftyp" box it starts with (its name is never trusted), and
/// streams it to storage under videos/{key}/video.mp4, walking its top-level boxes on the way (see
/// <see cref="Mp4Boxes"/>). A file that grows past the limit, or whose boxes are malformed or lack the index or
/// the media, is abandoned, not kept.
/// </summary>
public sealed class VideoIntake(IMediaStorage storage, IOptions<MediaLimits> options)
{
    public const string NotAnMp4 = "This file is not an MP4 video.";
    public const string QuickTime = "This is a QuickTime (.mov) file: export it as MP4 (H.264) and upload that.";
    public const string Damaged = "This MP4 is damaged or cut short: its parts do not add up. Export the video again and upload the whole file.";
    public const string Incomplete = "This MP4 holds no playable video: it needs both its index (a \"moov\" box) and its media (an \"mdat\" box). Export the video again as MP4.";

    /// <summary>Major brands of the MP4 family that browsers play as video/mp4.</summary>
    private static readonly FrozenSet<string> Brands = FrozenSet.Create(
        StringComparer.Ordinal,
        "isom", "iso2", "iso3", "iso4", "iso5", "iso6", "iso7", "iso8", "iso9",
        "mp41", "mp42", "mp71", "avc1", "M4V ", "M4VH", "M4VP", "dash", "MSNV", "mmp4", "f4v ");

    public static string KeyFor(string storageKey) => $"videos/{storageKey}/video.mp4";

    public async Task<VideoIntakeResult> AcceptAsync(string storageKey, Stream upload, CancellationToken cancellationToken)
    {
        var limits = options.Value;
        var head = new byte[12];
        var headLength = await upload.ReadAtLeastAsync(head, head.Length, throwOnEndOfStream: false, cancellationToken);
        if (Recognise(head.AsSpan(0, headLength)) is { } refusal)
        {
            return new VideoIntakeResult.Rejected(refusal);
        }

        var key = KeyFor(storageKey);
        await using var content = new BoundedUploadStream(head, upload, limits.MaxVideoBytes, new Mp4Boxes());
        try
        {
            await storage.SaveAsync(key, content, cancellationToken);
        }
        catch (UploadTooLargeException)
        {
            return new VideoIntakeResult.Rejected($"The video is larger than {MediaLimits.Describe(limits.MaxVideoBytes)}.");
        }
        catch (UploadRefusedException refused)
        {
            return new VideoIntakeResult.Rejected(refused.Message);
        }

        return new VideoIntakeResult.Accepted(key, content.BytesRead);
    }

    /// <summary>Null for an MP4: a box of at least 16 bytes at offset 0, named "ftyp", with a known major brand.</summary>
    private static string? Recognise(ReadOnlySpan<byte> head)
    {
        if (head.Length < 12 || BinaryPrimitives.ReadUInt32BigEndian(head) < 16 || !head[4..8].SequenceEqual("ftyp"u8))
        {
            return NotAnMp4;
        }

        var brand = Encoding.ASCII.GetString(head[8..12]);
        if (brand == "qt  ")
        {
            return QuickTime;
        }

        return Brands.Contains(brand) ? null : NotAnMp4;
    }
}
