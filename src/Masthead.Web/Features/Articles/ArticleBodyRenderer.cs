using Ganss.Xss;
using Markdig;
using Markdig.Renderers;
using Markdig.Syntax;

namespace Masthead.Web.Features.Articles;

/// <summary>
/// Renders an article's Markdown to sanitized HTML, one string per top-level block, so the
/// paywall can cut between blocks without ever splitting markup. A paragraph that is only a media
/// reference or a video address becomes a figure (see <see cref="BodyFigures"/>).
/// </summary>
public sealed class ArticleBodyRenderer
{
    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder()
        .UseEmphasisExtras()
        .UsePipeTables()
        .DisableHtml()
        .Build();

    private readonly HtmlSanitizer sanitizer = new();

    public IReadOnlyList<string> RenderBlocks(string markdown) => RenderBlocks(markdown, BodyMedia.None);

    public IReadOnlyList<string> RenderBlocks(string markdown, BodyMedia media)
    {
        var document = Markdown.Parse(markdown, Pipeline);
        var blocks = new List<string>(document.Count);
        foreach (var block in document)
        {
            if (block is ParagraphBlock && BodyFigures.Render(markdown.Substring(block.Span.Start, block.Span.Length), media) is { } figure)
            {
                if (figure.Length > 0)
                {
                    blocks.Add(figure);
                }

                continue;
            }

            using var writer = new StringWriter();
            var renderer = new HtmlRenderer(writer);
            Pipeline.Setup(renderer);
            renderer.Render(block);
            writer.Flush();
            var html = sanitizer.Sanitize(writer.ToString()).Trim();
            if (html.Length > 0)
            {
                blocks.Add(html);
            }
        }

        return blocks;
    }
}
