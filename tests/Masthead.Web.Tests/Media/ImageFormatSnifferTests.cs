using System.Text;
using Masthead.Web.Infrastructure.Media;
using SkiaSharp;

namespace Masthead.Web.Tests.Media;

public sealed class ImageFormatSnifferTests
{
    [Theory]
    [InlineData(SKEncodedImageFormat.Jpeg, "jpg")]
    [InlineData(SKEncodedImageFormat.Png, "png")]
    [InlineData(SKEncodedImageFormat.Webp, "webp")]
    public void A_picture_is_known_by_its_first_bytes(SKEncodedImageFormat format, string extension)
    {
        var bytes = TestImages.Gradient(8, 8, format);

        Assert.Equal(extension, ImageFormatSniffer.Sniff(bytes)?.Extension);
    }

    [Theory]
    [InlineData("")]
    [InlineData("hello, this is not an image")]
    [InlineData("RIFF\0\0\0\0WAVEfmt ")]
    [InlineData("GIF89a")]
    [InlineData("<svg xmlns=\"http://www.w3.org/2000/svg\"/>")]
    public void Anything_else_is_no_picture(string content)
    {
        Assert.Null(ImageFormatSniffer.Sniff(Encoding.ASCII.GetBytes(content)));
    }

    [Fact]
    public void The_first_bytes_of_a_jpeg_or_png_are_enough()
    {
        Assert.Equal(ImageFormat.Jpeg, ImageFormatSniffer.Sniff([0xFF, 0xD8, 0xFF]));
        Assert.Equal(ImageFormat.Png, ImageFormatSniffer.Sniff([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]));
        Assert.Null(ImageFormatSniffer.Sniff([0xFF, 0xD8]));
    }
}
