using Masthead.Web.Infrastructure.Media;
using SkiaSharp;

namespace Masthead.Web.Tests.Media;

/// <summary>Pictures are stored the way they are seen, and what the camera wrote about them is not stored at all.</summary>
public sealed class ImageOrientationTests : IDisposable
{
    private static readonly SKColor[] Palette = [SKColors.Red, SKColors.Blue, SKColors.Lime, SKColors.Yellow];

    private readonly MediaFolder folder = new();

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_photo_taken_sideways_is_stored_upright_without_its_exif_or_location()
    {
        var sideways = TestImages.Painted(300, 200, SKEncodedImageFormat.Jpeg, (x, _) => x < 150 ? SKColors.Red : SKColors.Blue);
        var upload = Exif.Insert(sideways, orientation: 6);
        Assert.True(TestImages.Contains(upload, "Exif"u8) && TestImages.Contains(upload, Exif.Latitude));

        var result = await folder.Images().AcceptAsync("sideways", new MemoryStream(upload), Ct);

        var accepted = Assert.IsType<ImageIntakeResult.Accepted>(result);
        Assert.Equal((200, 300, "jpg"), (accepted.Width, accepted.Height, accepted.Extension));
        Assert.Equal(["images/sideways/200.jpg", "images/sideways/200.webp"], folder.Files);
        foreach (var key in folder.Files)
        {
            var stored = folder.Read(key);
            Assert.False(TestImages.Contains(stored, "Exif"u8), $"{key} carries EXIF");
            Assert.False(TestImages.Contains(stored, Exif.Latitude), $"{key} carries the GPS latitude");
            using var decoded = TestImages.Decode(stored);
            Assert.Equal((200, 300), (decoded.Width, decoded.Height));

            // Turned 90° clockwise: the left half (red) is now on top, the right half (blue) below.
            Assert.Equal(SKColors.Red, Nearest(decoded.GetPixel(100, 75)));
            Assert.Equal(SKColors.Blue, Nearest(decoded.GetPixel(100, 225)));
        }
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(4)]
    [InlineData(5)]
    [InlineData(6)]
    [InlineData(7)]
    [InlineData(8)]
    public async Task Every_exif_orientation_comes_out_as_the_camera_meant(ushort orientation)
    {
        const int W = 300, H = 200;
        var stored = TestImages.Painted(W, H, SKEncodedImageFormat.Jpeg, (x, y) => Palette[(x < W / 2 ? 0 : 1) + (y < H / 2 ? 0 : 2)]);

        var result = await folder.Images().AcceptAsync("turned", new MemoryStream(Exif.Insert(stored, orientation)), Ct);

        var accepted = Assert.IsType<ImageIntakeResult.Accepted>(result);
        using var upright = TestImages.Decode(folder.Read($"images/turned/{accepted.Width}.jpg"));
        Assert.Equal(orientation >= 5 ? (H, W) : (W, H), (upright.Width, upright.Height));
        foreach (var (x, y) in new[] { (75, 50), (225, 50), (75, 150), (225, 150) })
        {
            // Where EXIF (CIPA DC-008) says the stored pixel at (x, y) is seen.
            var (seenX, seenY) = orientation switch
            {
                1 => (x, y),
                2 => (W - 1 - x, y),
                3 => (W - 1 - x, H - 1 - y),
                4 => (x, H - 1 - y),
                5 => (y, x),
                6 => (H - 1 - y, x),
                7 => (H - 1 - y, W - 1 - x),
                _ => (y, W - 1 - x),
            };
            Assert.Equal(Palette[(x < W / 2 ? 0 : 1) + (y < H / 2 ? 0 : 2)], Nearest(upright.GetPixel(seenX, seenY)));
        }
    }

    public void Dispose() => folder.Dispose();

    private static SKColor Nearest(SKColor seen) => Palette.MinBy(c =>
        Math.Pow(c.Red - seen.Red, 2) + Math.Pow(c.Green - seen.Green, 2) + Math.Pow(c.Blue - seen.Blue, 2));
}
