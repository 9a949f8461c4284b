using System.Diagnostics;
using Masthead.Web.Infrastructure.Media;
using SkiaSharp;

namespace Masthead.Web.Tests.Media;

public sealed class ImageIntakeTests : IDisposable
{
    private readonly MediaFolder folder = new();

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public static TheoryData<SKEncodedImageFormat, int, int, int[], string> Accepted => new()
    {
        { SKEncodedImageFormat.Jpeg, 2000, 1000, [480, 800, 1200, 1600], "jpg" },
        { SKEncodedImageFormat.Png, 300, 200, [300], "png" },
        { SKEncodedImageFormat.Webp, 1000, 500, [480, 800, 1000], "webp" },
    };

    [Theory]
    [MemberData(nameof(Accepted))]
    public async Task A_picture_is_stored_as_webp_and_its_own_format_at_each_width_up_to_its_own(
        SKEncodedImageFormat format, int width, int height, int[] widths, string extension)
    {
        var result = await folder.Images().AcceptAsync("pic", new MemoryStream(TestImages.Gradient(width, height, format)), Ct);

        var accepted = Assert.IsType<ImageIntakeResult.Accepted>(result);
        Assert.Equal((width, height, extension), (accepted.Width, accepted.Height, accepted.Extension));
        Assert.Equal(widths, accepted.VariantWidths);
        var expected = widths.SelectMany(w => new[] { $"images/pic/{w}.webp", $"images/pic/{w}.{extension}" }).Distinct().Order(StringComparer.Ordinal);
        Assert.Equal(expected, folder.Files);
        foreach (var w in widths)
        {
            foreach (var ext in new[] { "webp", extension })
            {
                var stored = folder.Read($"images/pic/{w}.{ext}");
                Assert.Equal(ext, ImageFormatSniffer.Sniff(stored)?.Extension);
                using var decoded = TestImages.Decode(stored);
                Assert.Equal((w, (int)Math.Round(height * (double)w / width)), (decoded.Width, decoded.Height));
            }
        }
    }

    [Fact]
    public async Task Png_bytes_are_a_png_whatever_the_file_was_called()
    {
        var result = await folder.Images().AcceptAsync("named-photo-jpg", new MemoryStream(TestImages.Gradient(300, 200, SKEncodedImageFormat.Png)), Ct);

        Assert.Equal("png", Assert.IsType<ImageIntakeResult.Accepted>(result).Extension);
        Assert.Equal(["images/named-photo-jpg/300.png", "images/named-photo-jpg/300.webp"], folder.Files);
    }

    [Fact]
    public async Task A_text_file_is_refused_and_nothing_is_stored()
    {
        var result = await folder.Images().AcceptAsync("pic", new MemoryStream("hello, this is not an image"u8.ToArray()), Ct);

        Assert.Equal(new ImageIntakeResult.Rejected("This file is not a JPEG, PNG or WebP image."), result);
        Assert.Empty(folder.Files);
    }

    [Fact]
    public async Task A_20000_by_20000_png_is_refused_on_its_header_without_being_decoded()
    {
        var bomb = TestImages.PngDeclaring(20_000, 20_000);
        var clock = Stopwatch.StartNew();

        var result = await folder.Images().AcceptAsync("bomb", new MemoryStream(bomb), Ct);

        Assert.Equal(new ImageIntakeResult.Rejected("This image is 20000 × 20000 pixels; the limit is 40 megapixels."), result);
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(2), $"Took {clock.Elapsed}: the pixels were decoded.");
        Assert.True(bomb.Length < 1000, "The bomb itself is small.");
        Assert.Empty(folder.Files);
    }

    [Fact]
    public async Task A_picture_longer_than_the_side_limit_is_refused()
    {
        var result = await folder.Images().AcceptAsync("strip", new MemoryStream(TestImages.PngDeclaring(13_000, 100)), Ct);

        Assert.Equal(new ImageIntakeResult.Rejected("This image is 13000 × 100 pixels; the limit is 12000 pixels on its longest side."), result);
    }

    [Theory]
    [InlineData(SKEncodedImageFormat.Jpeg)]
    [InlineData(SKEncodedImageFormat.Png)]
    [InlineData(SKEncodedImageFormat.Webp)]
    public async Task The_first_half_of_a_picture_is_refused_as_incomplete(SKEncodedImageFormat format)
    {
        var whole = TestImages.Noise(400, 300, format);

        var result = await folder.Images().AcceptAsync("half", new MemoryStream(whole[..(whole.Length / 2)]), Ct);

        Assert.Equal(new ImageIntakeResult.Rejected("The file is incomplete or damaged: upload it again."), result);
        Assert.Empty(folder.Files);
    }

    [Theory]
    [InlineData(0, true)]
    [InlineData(-1, false)]
    public async Task A_file_up_to_the_byte_limit_is_accepted_and_one_byte_more_is_refused(int slack, bool accepted)
    {
        var jpeg = TestImages.Gradient(300, 200, SKEncodedImageFormat.Jpeg);
        var limits = new MediaLimits { MaxBytes = jpeg.Length + slack };

        var result = await folder.Images(limits).AcceptAsync("pic", new MemoryStream(jpeg), Ct);

        Assert.Equal(accepted, result is ImageIntakeResult.Accepted);
        Assert.Equal(accepted, folder.Files.Count > 0);
    }

    [Fact]
    public async Task An_endless_upload_is_read_one_byte_past_the_limit_and_refused()
    {
        var upload = new EndlessStream([0xFF, 0xD8, 0xFF]);

        var result = await folder.Images(new MediaLimits { MaxBytes = 5 * 1024 * 1024 }).AcceptAsync("pic", upload, Ct);

        Assert.Equal(new ImageIntakeResult.Rejected("The file is larger than 5 MB."), result);
        Assert.Equal((5 * 1024 * 1024) + 1, upload.Served);
        Assert.Empty(folder.Files);
    }

    [Fact]
    public async Task When_storage_fails_midway_the_variants_already_written_are_removed()
    {
        var failing = new FailingStorage(folder.Storage, failOnSave: 3);
        var jpeg = TestImages.Gradient(1000, 500, SKEncodedImageFormat.Jpeg);

        await Assert.ThrowsAsync<IOException>(() => folder.Images(storage: failing).AcceptAsync("pic", new MemoryStream(jpeg), Ct));

        Assert.Equal(3, failing.Saves);
        Assert.Empty(folder.Files);
    }

    public void Dispose() => folder.Dispose();

    private sealed class FailingStorage(IMediaStorage inner, int failOnSave) : IMediaStorage
    {
        public int Saves { get; private set; }

        public async Task SaveAsync(string key, Stream content, CancellationToken cancellationToken)
        {
            if (++Saves == failOnSave)
            {
                throw new IOException("The disk is full.");
            }

            await inner.SaveAsync(key, content, cancellationToken);
        }

        public Task DeleteAsync(string key, CancellationToken cancellationToken) => inner.DeleteAsync(key, cancellationToken);

        public bool Exists(string key) => inner.Exists(key);

        public string UrlFor(string key) => inner.UrlFor(key);
    }
}
