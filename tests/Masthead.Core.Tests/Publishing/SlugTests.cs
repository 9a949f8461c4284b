using Masthead.Core.Publishing;

namespace Masthead.Core.Tests.Publishing;

public sealed class SlugTests
{
    [Theory]
    [InlineData("Harbour cranes fall silent", "harbour-cranes-fall-silent")]
    [InlineData("  Café owners' rent — up 40%!  ", "cafe-owners-rent-up-40")]
    [InlineData("Ärger über Öl-Preise", "arger-uber-ol-preise")]
    [InlineData("!!!", "")]
    public void Slugs_are_lowercase_ascii_words_joined_by_hyphens(string headline, string expected)
    {
        Assert.Equal(expected, Slug.From(headline));
    }

    [Fact]
    public void Slugs_are_cut_at_a_word_boundary_within_the_limit()
    {
        var slug = Slug.From(string.Join(' ', Enumerable.Repeat("word", 40)));

        Assert.True(slug.Length <= Slug.MaxLength);
        Assert.False(slug.EndsWith('-'));
    }

    [Theory]
    [InlineData("ok-slug", true)]
    [InlineData("Not-OK", false)]
    [InlineData("double--hyphen", false)]
    [InlineData("", false)]
    public void Validity_means_the_slug_is_its_own_slug(string slug, bool valid)
    {
        Assert.Equal(valid, Slug.IsValid(slug));
    }
}
