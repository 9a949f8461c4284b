using Masthead.Core.Paywall;
using Masthead.Core.Publishing;
using Masthead.Web.Data;
using Masthead.Web.Infrastructure.Media;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Masthead.Web.Infrastructure.Demo;

/// <summary>Fills an empty database with the demo publication: sections, stories, pictures.</summary>
public sealed class DemoSeeder(
    MastheadDbContext db,
    ImageVariants variants,
    IHostEnvironment environment,
    TimeProvider clock,
    DemoAccounts accounts,
    IOptions<DemoOptions> options,
    ILogger<DemoSeeder> logger)
{
    private static readonly (string Slug, string Name, string Description)[] Sections =
    [
        ("world", "World", "Politics, climate and daily life across the region and beyond."),
        ("security", "Security", "Defence, policing, infrastructure and the threats to it."),
        ("business", "Business", "Markets, trade, energy and the companies that move them."),
        ("culture", "Culture", "Arts, heritage, music and the people who make them."),
    ];

    public async Task SeedAsync(CancellationToken cancellationToken)
    {
        if (!options.Value.Seed)
        {
            return;
        }

        await accounts.SeedAsync(cancellationToken);
        await SeedPlansAsync(cancellationToken);
        if (await db.Articles.AnyAsync(cancellationToken))
        {
            return;
        }

        var folder = Path.Combine(environment.ContentRootPath, "Demo");
        var sections = await SeedSectionsAsync(cancellationToken);
        var authors = new Dictionary<string, Author>(StringComparer.Ordinal);
        var tags = new Dictionary<string, Tag>(StringComparer.Ordinal);
        var files = Directory.GetFiles(Path.Combine(folder, "Articles"), "*.md").Order(StringComparer.Ordinal).ToList();
        foreach (var path in files)
        {
            var file = DemoArticleFile.Parse(await File.ReadAllTextAsync(path, cancellationToken));
            var image = await SeedImageAsync(folder, file, cancellationToken);
            db.Articles.Add(new Article
            {
                Slug = file["slug"],
                Headline = file["headline"],
                Standfirst = file["standfirst"],
                Dateline = file["dateline"],
                BodyMarkdown = file.Body,
                Section = sections[file["section"]],
                AccessLevel = Enum.Parse<AccessLevel>(file["access"], ignoreCase: true),
                Metered = bool.Parse(file["metered"]),
                PreviewParagraphs = int.Parse(file["preview"], System.Globalization.CultureInfo.InvariantCulture),
                Status = ArticleStatus.Published,
                PublishedAt = file.Published,
                UpdatedAt = file.Published,
                LeadImage = image,
                Authors = file.List("authors", ';').Select(name => Find(authors, name, n => new Author { Name = n, Slug = Slug.From(n) })).ToList(),
                Tags = file.List("tags", ',').Select(name => Find(tags, name, n => new Tag { Name = n, Slug = Slug.From(n) })).ToList(),
            });
        }

        await db.SaveChangesAsync(cancellationToken);
        logger.LogInformation("Seeded {Count} demo articles", files.Count);
    }

    private async Task SeedPlansAsync(CancellationToken cancellationToken)
    {
        if (await db.Plans.AnyAsync(cancellationToken))
        {
            return;
        }

        db.Plans.AddRange(
            new Plan
            {
                Name = "Digital",
                Description = "Every story, on every device.",
                MonthlyAmountMinor = 850,
                AnnualAmountMinor = 8500,
                Currency = "EUR",
                Position = 0,
                CreatedAt = clock.GetUtcNow(),
            },
            new Plan
            {
                Name = "Supporter",
                Description = "Everything in Digital, and you fund our foreign desks. Two weeks free to start.",
                MonthlyAmountMinor = 1500,
                AnnualAmountMinor = 15000,
                Currency = "EUR",
                TrialDays = 14,
                Position = 1,
                CreatedAt = clock.GetUtcNow(),
            });
        await db.SaveChangesAsync(cancellationToken);
    }

    private async Task<Dictionary<string, Section>> SeedSectionsAsync(CancellationToken cancellationToken)
    {
        var existing = await db.Sections.ToDictionaryAsync(s => s.Slug, cancellationToken);
        for (var i = 0; i < Sections.Length; i++)
        {
            var (slug, name, description) = Sections[i];
            if (!existing.ContainsKey(slug))
            {
                existing[slug] = new Section { Slug = slug, Name = name, Description = description, Position = i };
                db.Sections.Add(existing[slug]);
            }
        }

        return existing;
    }

    private async Task<MediaImage> SeedImageAsync(string folder, DemoArticleFile file, CancellationToken cancellationToken)
    {
        var stem = file["image"];
        var bytes = await File.ReadAllBytesAsync(Path.Combine(folder, "Images", stem + ".jpg"), cancellationToken);
        var result = await variants.CreateAsync(stem, bytes, ImageFormat.Jpeg, cancellationToken);
        return new MediaImage
        {
            StorageKey = stem,
            OriginalExtension = "jpg",
            Width = result.Width,
            Height = result.Height,
            AltText = file["image_alt"],
            Caption = file["image_caption"],
            Credit = file["image_credit"],
            VariantWidths = string.Join(',', result.VariantWidths),
            CreatedAt = clock.GetUtcNow(),
        };
    }

    private static T Find<T>(Dictionary<string, T> cache, string name, Func<string, T> create)
    {
        if (!cache.TryGetValue(name, out var value))
        {
            value = create(name);
            cache[name] = value;
        }

        return value;
    }
}
