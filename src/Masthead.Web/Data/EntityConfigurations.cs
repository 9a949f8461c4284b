using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Masthead.Web.Data;

internal sealed class ArticleConfiguration : IEntityTypeConfiguration<Article>
{
    public void Configure(EntityTypeBuilder<Article> article)
    {
        article.HasIndex(a => a.Slug).IsUnique();
        article.HasIndex(a => new { a.Status, a.PublishedAt });
        article.Property(a => a.Slug).HasMaxLength(80);
        article.Property(a => a.Headline).HasMaxLength(200);
        article.Property(a => a.Standfirst).HasMaxLength(400);
        article.Property(a => a.Dateline).HasMaxLength(80);
        article.Property(a => a.AccessLevel).HasConversion<string>().HasMaxLength(20);
        article.Property(a => a.Status).HasConversion<string>().HasMaxLength(20);
        article.Property(a => a.Version).IsConcurrencyToken();
        article.HasOne(a => a.Section).WithMany().HasForeignKey(a => a.SectionId).OnDelete(DeleteBehavior.Restrict);
        article.HasOne(a => a.LeadImage).WithMany().HasForeignKey(a => a.LeadImageId).OnDelete(DeleteBehavior.SetNull);
        article.HasMany(a => a.Authors).WithMany(a => a.Articles).UsingEntity("ArticleAuthors");
        article.HasMany(a => a.Tags).WithMany(t => t.Articles).UsingEntity("ArticleTags");
        article.Ignore(a => a.Access);
    }
}

internal sealed class SectionConfiguration : IEntityTypeConfiguration<Section>
{
    public void Configure(EntityTypeBuilder<Section> section)
    {
        section.HasIndex(s => s.Slug).IsUnique();
        section.Property(s => s.Slug).HasMaxLength(60);
        section.Property(s => s.Name).HasMaxLength(80);
        section.Property(s => s.Description).HasMaxLength(300);
    }
}

internal sealed class AuthorConfiguration : IEntityTypeConfiguration<Author>
{
    public void Configure(EntityTypeBuilder<Author> author)
    {
        author.HasIndex(a => a.Slug).IsUnique();
        author.Property(a => a.Slug).HasMaxLength(80);
        author.Property(a => a.Name).HasMaxLength(120);
    }
}

internal sealed class TagConfiguration : IEntityTypeConfiguration<Tag>
{
    public void Configure(EntityTypeBuilder<Tag> tag)
    {
        tag.HasIndex(t => t.Slug).IsUnique();
        tag.Property(t => t.Slug).HasMaxLength(60);
        tag.Property(t => t.Name).HasMaxLength(60);
    }
}

internal sealed class MediaImageConfiguration : IEntityTypeConfiguration<MediaImage>
{
    public void Configure(EntityTypeBuilder<MediaImage> image)
    {
        image.HasIndex(i => i.StorageKey).IsUnique();
        image.Property(i => i.StorageKey).HasMaxLength(80);
        image.Property(i => i.OriginalExtension).HasMaxLength(10);
        image.Property(i => i.AltText).HasMaxLength(300);
        image.Property(i => i.Caption).HasMaxLength(500);
        image.Property(i => i.Credit).HasMaxLength(200);
        image.Property(i => i.VariantWidths).HasMaxLength(100);
    }
}

internal sealed class SubscriptionRecordConfiguration : IEntityTypeConfiguration<SubscriptionRecord>
{
    public void Configure(EntityTypeBuilder<SubscriptionRecord> subscription)
    {
        subscription.ToTable("ReaderSubscriptions");
        subscription.HasIndex(s => s.UserId);
        subscription.Property(s => s.Status).HasConversion<string>().HasMaxLength(20);
        subscription.Property(s => s.PlanName).HasMaxLength(120);
        subscription.HasOne<AppUser>().WithMany().HasForeignKey(s => s.UserId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class ReaderMeterRecordConfiguration : IEntityTypeConfiguration<ReaderMeterRecord>
{
    public void Configure(EntityTypeBuilder<ReaderMeterRecord> meter)
    {
        meter.HasKey(m => m.UserId);
        meter.Property(m => m.ArticleIds).HasMaxLength(2000);
        meter.HasOne<AppUser>().WithOne().HasForeignKey<ReaderMeterRecord>(m => m.UserId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class NewsletterSignupConfiguration : IEntityTypeConfiguration<NewsletterSignup>
{
    public void Configure(EntityTypeBuilder<NewsletterSignup> signup)
    {
        signup.HasIndex(s => s.Email).IsUnique();
        signup.Property(s => s.Email).HasMaxLength(256);
    }
}
