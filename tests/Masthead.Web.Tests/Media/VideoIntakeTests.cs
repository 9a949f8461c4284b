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

    [Fact]
    public async Task An_endless_upload_is_streamed_to_one_byte_past_the_limit_then_dropped()
    {
        var upload = new EndlessStream(Mp4("mp42", mdatLength: 0));

        var result = await folder.Videos(new MediaLimits { MaxVideoBytes = 3 * 1024 * 1024 }).AcceptAsync("clip", upload, Ct);

        Assert.Equal(new VideoIntakeResult.Rejected("The video is larger than 3 MB."), result);
        Assert.Equal((3 * 1024 * 1024) + 1, upload.Served);
        Assert.Empty(folder.Files);
    }

    public void Dispose() => folder.Dispose();

    /// <summary>An ftyp box with the major brand and isom compatibility, then an mdat box of zeros.</summary>
    private static byte[] Mp4(string brand, int mdatLength)
    {
        var ftyp = new byte[20];
        BinaryPrimitives.WriteUInt32BigEndian(ftyp, 20);
        Encoding.ASCII.GetBytes("ftyp" + brand).CopyTo(ftyp, 4);
        "isom"u8.CopyTo(ftyp.AsSpan(16));
        var mdat = new byte[8 + mdatLength];
        BinaryPrimitives.WriteUInt32BigEndian(mdat, (uint)mdat.Length);
        "mdat"u8.CopyTo(mdat.AsSpan(4));
        return [.. ftyp, .. mdat];
    }
}
