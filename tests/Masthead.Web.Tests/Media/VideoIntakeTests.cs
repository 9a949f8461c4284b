using System.Buffers.Binary;
using System.Text;
using Masthead.Web.Infrastructure.Media;

namespace Masthead.Web.Tests.Media;

public sealed class VideoIntakeTests : IDisposable
{
    private readonly MediaFolder folder = new();

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task An_mp4_is_stored_byte_for_byte()
    {
        var mp4 = Mp4("isom", mdatLength: 4096);

        var result = await folder.Videos().AcceptAsync("clip", new MemoryStream(mp4), Ct);

        Assert.Equal(new VideoIntakeResult.Accepted("videos/clip/video.mp4", mp4.Length), result);
        Assert.Equal(["videos/clip/video.mp4"], folder.Files);
        Assert.Equal(mp4, folder.Read("videos/clip/video.mp4"));
    }

    [Theory]
    [InlineData("isom")]
    [InlineData("iso5")]
    [InlineData("mp41")]
    [InlineData("mp42")]
    [InlineData("avc1")]
    [InlineData("M4V ")]
    [InlineData("dash")]
    [InlineData("MSNV")]
    public async Task Mp4_brands_are_accepted(string brand)
    {
        var result = await folder.Videos().AcceptAsync("clip", new MemoryStream(Mp4(brand, mdatLength: 16)), Ct);

        Assert.IsType<VideoIntakeResult.Accepted>(result);
    }

    [Fact]
    public async Task A_text_file_named_video_mp4_is_refused_and_nothing_is_stored()
    {
        var result = await folder.Videos().AcceptAsync("clip", new MemoryStream("hello, this is not a video"u8.ToArray()), Ct);

        Assert.Equal(new VideoIntakeResult.Rejected("This file is not an MP4 video."), result);
        Assert.Empty(folder.Files);
    }

    [Fact]
    public async Task A_quicktime_movie_is_refused_with_a_request_to_export_it_as_mp4()
    {
        var result = await folder.Videos().AcceptAsync("clip", new MemoryStream(Mp4("qt  ", mdatLength: 16)), Ct);

        var rejected = Assert.IsType<VideoIntakeResult.Rejected>(result);
        Assert.Contains("export it as MP4", rejected.Message, StringComparison.Ordinal);
        Assert.Empty(folder.Files);
    }

    [Theory]
    [InlineData("M4A ")]
    [InlineData("heic")]
    [InlineData("3gp4")]
    [InlineData("crx ")]
    public async Task Other_iso_media_files_are_refused(string brand)
    {
        var result = await folder.Videos().AcceptAsync("clip", new MemoryStream(Mp4(brand, mdatLength: 16)), Ct);

        Assert.Equal(new VideoIntakeResult.Rejected("This file is not an MP4 video."), result);
    }

    [Theory]
    [InlineData(0, true)]
    [InlineData(-1, false)]
    public async Task A_video_up_to_the_limit_is_kept_and_one_byte_more_leaves_no_file(int slack, bool accepted)
    {
        var mp4 = Mp4("isom", mdatLength: 5000);

        var result = await folder.Videos(new MediaLimits { MaxVideoBytes = mp4.Length + slack }).AcceptAsync("clip", new MemoryStream(mp4), Ct);

        Assert.Equal(accepted, result is VideoIntakeResult.Accepted);
        Assert.Equal(accepted ? ["videos/clip/video.mp4"] : [], folder.Files);
        if (!accepted)
        {
            Assert.StartsWith("The video is larger than ", Assert.IsType<VideoIntakeResult.Rejected>(result).Message, StringComparison.Ordinal);
        }
    }

    [Theory]
    [InlineData("ftyp moov mdat")]
    [InlineData("ftyp mdat moov")]
    [InlineData("ftyp free moov udta mdat")]
    [InlineData("ftyp moov mdat:large")]
    [InlineData("ftyp mdat:large moov")]
    [InlineData("ftyp moov mdat:to-end")]
    [InlineData("ftyp moov:empty mdat")]
    public async Task An_mp4_whose_top_level_boxes_add_up_and_hold_moov_and_mdat_is_accepted(string layout)
    {
        var mp4 = Layout(layout);

        var result = await folder.Videos().AcceptAsync("clip", new MemoryStream(mp4), Ct);

        Assert.Equal(new VideoIntakeResult.Accepted("videos/clip/video.mp4", mp4.Length), result);
        Assert.Equal(mp4, folder.Read("videos/clip/video.mp4"));
    }

    [Theory]
    [InlineData("ftyp", VideoIntake.Incomplete)]
    [InlineData("ftyp moov", VideoIntake.Incomplete)]
    [InlineData("ftyp mdat", VideoIntake.Incomplete)]
    [InlineData("ftyp free mdat:to-end", VideoIntake.Incomplete)]
    [InlineData("ftyp moov mdat:cut", VideoIntake.Damaged)]
    [InlineData("ftyp moov mdat:large-cut", VideoIntake.Damaged)]
    [InlineData("ftyp moov mdat half-header", VideoIntake.Damaged)]
    [InlineData("ftyp moov mdat free:half-largesize", VideoIntake.Damaged)]
    [InlineData("ftyp moov free:smaller-than-header mdat", VideoIntake.Damaged)]
    [InlineData("ftyp moov free:largesize-smaller-than-header mdat", VideoIntake.Damaged)]
    [InlineData("ftyp moov free:largesize-beyond-any-file mdat", VideoIntake.Damaged)]
    public async Task An_mp4_whose_boxes_do_not_add_up_or_lack_moov_or_mdat_is_refused_and_nothing_is_stored(string layout, string message)
    {
        var result = await folder.Videos().AcceptAsync("clip", new MemoryStream(Layout(layout)), Ct);

        Assert.Equal(new VideoIntakeResult.Rejected(message), result);
        Assert.Empty(folder.Files);
    }

    [Fact]
    public async Task A_malformed_box_stops_the_upload_where_it_is_found()
    {
        var upload = new EndlessStream(Layout("ftyp moov free:smaller-than-header"));

        var result = await folder.Videos(new MediaLimits { MaxVideoBytes = 3 * 1024 * 1024 }).AcceptAsync("clip", upload, Ct);

        Assert.Equal(new VideoIntakeResult.Rejected(VideoIntake.Damaged), result);
        Assert.True(upload.Served < 1024 * 1024, $"read {upload.Served} bytes");
        Assert.Empty(folder.Files);
    }

    [Fact]
    public async Task An_endless_upload_is_streamed_to_one_byte_past_the_limit_then_dropped()
    {
        var upload = new EndlessStream(Layout("ftyp moov mdat:to-end"));

        var result = await folder.Videos(new MediaLimits { MaxVideoBytes = 3 * 1024 * 1024 }).AcceptAsync("clip", upload, Ct);

        Assert.Equal(new VideoIntakeResult.Rejected("The video is larger than 3 MB."), result);
        Assert.Equal((3 * 1024 * 1024) + 1, upload.Served);
        Assert.Empty(folder.Files);
    }

    public void Dispose() => folder.Dispose();

    /// <summary>An ftyp box with the major brand and isom compatibility, a small moov box, then an mdat box of zeros.</summary>
    private static byte[] Mp4(string brand, int mdatLength) => [.. Ftyp(brand), .. Box("moov", 16), .. Box("mdat", mdatLength)];

    private static byte[] Ftyp(string brand)
    {
        var ftyp = new byte[20];
        BinaryPrimitives.WriteUInt32BigEndian(ftyp, 20);
        Encoding.ASCII.GetBytes("ftyp" + brand).CopyTo(ftyp, 4);
        "isom"u8.CopyTo(ftyp.AsSpan(16));
        return ftyp;
    }

    /// <summary>A box of <paramref name="payloadLength"/> bytes of 7s, its size in the 32-bit field.</summary>
    private static byte[] Box(string type, int payloadLength) => Box(type, (uint)(8 + payloadLength), null, payloadLength);

    private static byte[] Box(string type, uint size, ulong? largeSize, int payloadLength)
    {
        var header = new byte[largeSize is null ? 8 : 16];
        BinaryPrimitives.WriteUInt32BigEndian(header, size);
        Encoding.ASCII.GetBytes(type).CopyTo(header, 4);
        if (largeSize is { } large)
        {
            BinaryPrimitives.WriteUInt64BigEndian(header.AsSpan(8), large);
        }

        return [.. header, .. Enumerable.Repeat((byte)7, payloadLength)];
    }

    /// <summary>
    /// Top-level boxes from a layout such as "ftyp moov mdat:large": each word a box type, with an optional
    /// way its header is written (see the cases below); "half-header" is five bytes of a header and no more.
    /// </summary>
    private static byte[] Layout(string layout) => layout.Split(' ').SelectMany(word =>
    {
        var (type, shape) = word.Split(':') is [var t, var s] ? (t, s) : (word, "");
        return (type, shape) switch
        {
            ("ftyp", _) => Ftyp("isom"),
            ("half-header", _) => Box("free", 8)[..5],
            (_, "") => Box(type, 24),
            (_, "empty") => Box(type, 0),
            (_, "large") => Box(type, 1, 16 + 40, 40),
            (_, "to-end") => Box(type, 0, null, 40),
            (_, "cut") => Box(type, 8 + 64, null, 32),
            (_, "large-cut") => Box(type, 1, 16 + 64, 32),
            (_, "half-largesize") => Box(type, 1, 16 + 64, 0)[..12],
            (_, "smaller-than-header") => Box(type, 4, null, 0),
            (_, "largesize-smaller-than-header") => Box(type, 1, 12, 0),
            (_, "largesize-beyond-any-file") => Box(type, 1, ulong.MaxValue, 0),
            _ => throw new ArgumentOutOfRangeException(nameof(layout), word, null),
        };
    }).ToArray();
}
