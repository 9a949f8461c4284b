using Masthead.Web.Data;
using Masthead.Web.Features.Shared;
using Masthead.Web.Infrastructure.Media;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Masthead.Web.Tests.Media;

public sealed class MediaSetupTests
{
    [Fact]
    public void Limits_are_read_from_the_Media_section_and_default_to_25_MB_40_megapixels_12000_pixels_and_500_MB()
    {
        Assert.Equal(new MediaLimits { MaxBytes = 25 * 1024 * 1024, MaxPixels = 40_000_000, MaxSide = 12_000, MaxVideoBytes = 500L * 1024 * 1024 }, Limits([]));

        var configured = Limits(new() { ["Media:MaxBytes"] = "1000", ["Media:MaxPixels"] = "2000000", ["Media:MaxSide"] = "4000", ["Media:MaxVideoBytes"] = "5000" });

        Assert.Equal(new MediaLimits { MaxBytes = 1000, MaxPixels = 2_000_000, MaxSide = 4000, MaxVideoBytes = 5000 }, configured);
    }

    [Fact]
    public void A_side_limit_larger_than_webp_can_hold_is_refused_at_start()
    {
        Assert.Throws<OptionsValidationException>(() => Limits(new() { ["Media:MaxSide"] = "20000" }));
    }

    [Theory]
    [InlineData("jpg")]
    [InlineData("png")]
    [InlineData("webp")]
    public void A_picture_falls_back_to_variants_in_its_original_format(string extension)
    {
        using var folder = new MediaFolder();
        var image = new MediaImage { StorageKey = "k", OriginalExtension = extension, Width = 1000, Height = 500, AltText = "A harbour", VariantWidths = "480,800,1000" };

        var picture = Picture.For(image, folder.Storage, "100vw");

        Assert.Equal("/media/images/k/480.webp 480w, /media/images/k/800.webp 800w, /media/images/k/1000.webp 1000w", picture.WebpSrcset);
        Assert.Equal($"/media/images/k/480.{extension} 480w, /media/images/k/800.{extension} 800w, /media/images/k/1000.{extension} 1000w", picture.FallbackSrcset);
        Assert.Equal($"/media/images/k/800.{extension}", picture.Src);
        Assert.Equal($"/media/images/k/1000.{extension}", picture.LargestSrc);
    }

    private static MediaLimits Limits(Dictionary<string, string?> settings)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        using var services = new ServiceCollection().AddMediaIntake(configuration).BuildServiceProvider();
        return services.GetRequiredService<IOptions<MediaLimits>>().Value;
    }
}
