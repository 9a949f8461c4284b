using AngleSharp.Html.Parser;
using Masthead.Web.Features.Articles;

namespace Masthead.Web.Tests.Articles;

/// <summary>Whatever a writer types, the rendered body carries no script, event handler or script URL.</summary>
public sealed class BodySanitizationTests
{
    private static readonly ArticleBodyRenderer Renderer = new();
    private static readonly HtmlParser Parser = new();
    private static readonly string[] ActiveElements = ["script", "iframe", "object", "embed", "svg", "math", "form", "input", "style"];

    public static TheoryData<string> Payloads =>
    [
        "<script>alert(1)</script>",
        "Text <img src=x onerror=alert(1)> more",
        "<svg onload=alert(1)><circle r=1 /></svg>",
        "<iframe src=\"https://evil.example\"></iframe>",
        "<a href=\"javascript:alert(1)\">click</a>",
        "[click](javascript:alert(1))",
        "[click](JaVaScRiPt:alert(1))",
        "[click](  javascript:alert(1))",
        "[click](&#106;avascript:alert(1))",
        "[click](vbscript:msgbox(1))",
        "[click](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)",
        "![pic](javascript:alert(1))",
        "<javascript:alert(1)>",
        "<<script>script>alert(1)<</script>/script>",
        "<div style=\"background:url(javascript:alert(1))\">x</div>",
        "<object data=\"x.swf\"></object><embed src=\"x.swf\">",
        "<form action=\"https://evil.example\"><input name=a></form>",
        "<math><mi xlink:href=\"javascript:alert(1)\">x</mi></math>",
        "| a | b |\n|---|---|\n| <img src=x onerror=alert(1)> | [x](javascript:alert(1)) |",
        "> quote <script>alert(1)</script>",
        "`<script>alert(1)</script>` and ```\n<script>alert(1)</script>\n```",
    ];

    [Theory]
    [MemberData(nameof(Payloads))]
    public void Rendered_bodies_carry_no_active_content(string markdown)
    {
        var html = string.Concat(Renderer.RenderBlocks(markdown));
        var document = Parser.ParseDocument($"<body>{html}</body>");

        foreach (var element in document.Body!.QuerySelectorAll("*"))
        {
            Assert.DoesNotContain(element.LocalName, ActiveElements);
            foreach (var attribute in element.Attributes)
            {
                Assert.False(attribute.Name.StartsWith("on", StringComparison.OrdinalIgnoreCase), $"{element.LocalName} has {attribute.Name}");
                Assert.NotEqual("style", attribute.Name);
                var value = new string(attribute.Value.Where(c => !char.IsWhiteSpace(c) && !char.IsControl(c)).ToArray()).ToLowerInvariant();
                Assert.False(
                    value.StartsWith("javascript:", StringComparison.Ordinal) || value.StartsWith("vbscript:", StringComparison.Ordinal)
                        || value.StartsWith("data:", StringComparison.Ordinal),
                    $"{element.LocalName} {attribute.Name}=\"{attribute.Value}\"");
            }
        }
    }

    [Fact]
    public void Ordinary_markdown_keeps_its_formatting_and_safe_links()
    {
        var html = string.Concat(Renderer.RenderBlocks("Some *emphasis*, a [link](https://example.org/a?b=1) and\n\n## A heading\n\n> A quote"));

        Assert.Contains("<em>emphasis</em>", html, StringComparison.Ordinal);
        Assert.Contains("href=\"https://example.org/a?b=1\"", html, StringComparison.Ordinal);
        Assert.Contains("<h2", html, StringComparison.Ordinal);
        Assert.Contains("<blockquote>", html, StringComparison.Ordinal);
    }
}
