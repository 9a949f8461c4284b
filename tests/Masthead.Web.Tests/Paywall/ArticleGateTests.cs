using Masthead.Core.Paywall;
using Masthead.Web.Features.Paywall;

namespace Masthead.Web.Tests.Paywall;

/// <summary>The gate cuts exactly where the decision says, and refuses a decision that does not fit the body.</summary>
public sealed class ArticleGateTests
{
    private static readonly string[] Blocks = ["<p>one</p>", "<p>two</p>", "<p>three</p>"];

    [Fact]
    public void A_preview_as_long_as_the_article_still_holds_the_last_block_back()
    {
        var article = new ArticleAccess(1, AccessLevel.Subscribers, Metered: false, PreviewParagraphs: 5, BlockCount: Blocks.Length);

        var body = ArticleGate.Apply(AccessDecision.Preview(article, Prompt.SubscribeOrLogIn), Blocks);

        Assert.Equal(["<p>one</p>", "<p>two</p>"], body.Preview);
        Assert.Null(body.Gated);
        Assert.True(body.Withheld);
    }

    [Fact]
    public void A_reader_who_may_read_on_gets_the_gated_part_after_the_preview()
    {
        var article = new ArticleAccess(1, AccessLevel.Subscribers, Metered: false, PreviewParagraphs: 1, BlockCount: Blocks.Length);

        var body = ArticleGate.Apply(AccessDecision.Full(article), Blocks);

        Assert.Equal(["<p>one</p>"], body.Preview);
        Assert.Equal(["<p>two</p>", "<p>three</p>"], body.Gated);
        Assert.False(body.Withheld);
    }

    [Fact]
    public void A_free_article_has_no_gated_part()
    {
        var article = new ArticleAccess(1, AccessLevel.Free, Metered: false, PreviewParagraphs: 1, BlockCount: Blocks.Length);

        var body = ArticleGate.Apply(AccessDecision.Full(article), Blocks);

        Assert.Equal(Blocks, body.Preview);
        Assert.Null(body.Gated);
    }

    [Fact]
    public void A_decision_made_for_a_longer_body_is_refused_rather_than_cut_anywhere()
    {
        var longer = new ArticleAccess(1, AccessLevel.Subscribers, Metered: false, PreviewParagraphs: 1, BlockCount: 5);

        Assert.Throws<InvalidOperationException>(() => ArticleGate.Apply(AccessDecision.Full(longer), Blocks));
    }
}
