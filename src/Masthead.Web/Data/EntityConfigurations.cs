using Masthead.Core.Billing;
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
        article.Property(a => a.CreatedByUserId).HasMaxLength(450);
        article.HasIndex(a => a.UpdatedAt);
        article.HasIndex(a => new { a.Status, a.ScheduledFor });
        article.HasIndex(a => a.HomeSlot);
        article.HasMany(a => a.Corrections).WithOne().HasForeignKey(c => c.ArticleId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class ArticleCorrectionConfiguration : IEntityTypeConfiguration<ArticleCorrection>
{
    public void Configure(EntityTypeBuilder<ArticleCorrection> correction)
    {
        correction.ToTable("ArticleCorrections");
        correction.Property(c => c.Text).HasMaxLength(1000);
        correction.Property(c => c.AddedByUserId).HasMaxLength(450);
    }
}

internal sealed class ArticleRevisionConfiguration : IEntityTypeConfiguration<ArticleRevision>
{
    public void Configure(EntityTypeBuilder<ArticleRevision> revision)
    {
        revision.ToTable("ArticleRevisions");
        revision.HasIndex(r => new { r.ArticleId, r.Number }).IsUnique();
        revision.HasOne(r => r.Article).WithMany().HasForeignKey(r => r.ArticleId).OnDelete(DeleteBehavior.Cascade);
        revision.Property(r => r.Action).HasConversion<string>().HasMaxLength(20);
        revision.Property(r => r.AccessLevel).HasConversion<string>().HasMaxLength(20);
        revision.Property(r => r.SavedByUserId).HasMaxLength(450);
        revision.Property(r => r.SavedByName).HasMaxLength(256);
        revision.Property(r => r.Headline).HasMaxLength(200);
        revision.Property(r => r.Standfirst).HasMaxLength(400);
        revision.Property(r => r.Slug).HasMaxLength(80);
        revision.Property(r => r.Dateline).HasMaxLength(80);
        revision.Property(r => r.Authors).HasMaxLength(400);
        revision.Property(r => r.Tags).HasMaxLength(400);
    }
}

internal sealed class MediaVideoConfiguration : IEntityTypeConfiguration<MediaVideo>
{
    public void Configure(EntityTypeBuilder<MediaVideo> video)
    {
        video.ToTable("Videos");
        video.HasIndex(v => v.StorageKey).IsUnique();
        video.Property(v => v.StorageKey).HasMaxLength(80);
        video.Property(v => v.Title).HasMaxLength(300);
        video.Property(v => v.Caption).HasMaxLength(500);
        video.Property(v => v.Credit).HasMaxLength(200);
        video.HasOne(v => v.PosterImage).WithMany().HasForeignKey(v => v.PosterImageId).OnDelete(DeleteBehavior.Restrict);
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
        subscription.Property(s => s.Provider).HasMaxLength(20);
        subscription.Property(s => s.ProviderSubscriptionId).HasMaxLength(100);
        subscription.Property(s => s.ProviderPriceId).HasMaxLength(100);
        subscription.Property(s => s.Currency).HasMaxLength(3);
        subscription.Property(s => s.Interval).HasConversion<string>().HasMaxLength(10);
        subscription.HasIndex(s => new { s.Provider, s.ProviderSubscriptionId }).IsUnique();
    }
}

internal sealed class PlanConfiguration : IEntityTypeConfiguration<Plan>
{
    public void Configure(EntityTypeBuilder<Plan> plan)
    {
        plan.Property(p => p.Name).HasMaxLength(80);
        plan.Property(p => p.Description).HasMaxLength(500);
        plan.Property(p => p.Currency).HasMaxLength(3);
        plan.Property(p => p.StripeMonthlyPriceId).HasMaxLength(100);
        plan.Property(p => p.StripeAnnualPriceId).HasMaxLength(100);
    }
}

internal sealed class BillingCustomerConfiguration : IEntityTypeConfiguration<BillingCustomer>
{
    public void Configure(EntityTypeBuilder<BillingCustomer> customer)
    {
        customer.HasIndex(c => new { c.Provider, c.CustomerId }).IsUnique();
        customer.HasIndex(c => new { c.UserId, c.Provider }).IsUnique();
        customer.Property(c => c.Provider).HasMaxLength(20);
        customer.Property(c => c.CustomerId).HasMaxLength(100);
        customer.Property(c => c.CardBrand).HasMaxLength(20);
        customer.Property(c => c.CardLast4).HasMaxLength(4);
        customer.HasOne<AppUser>().WithMany().HasForeignKey(c => c.UserId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class InvoiceRecordConfiguration : IEntityTypeConfiguration<InvoiceRecord>
{
    public void Configure(EntityTypeBuilder<InvoiceRecord> invoice)
    {
        invoice.ToTable("ReaderInvoices");
        invoice.HasIndex(i => new { i.Provider, i.InvoiceId }).IsUnique();
        invoice.HasIndex(i => i.UserId);
        invoice.Property(i => i.Provider).HasMaxLength(20);
        invoice.Property(i => i.InvoiceId).HasMaxLength(100);
        invoice.Property(i => i.SubscriptionId).HasMaxLength(100);
        invoice.Property(i => i.Number).HasMaxLength(60);
        invoice.Property(i => i.Currency).HasMaxLength(3);
        invoice.Property(i => i.Status).HasConversion<string>().HasMaxLength(10);
        invoice.HasOne<AppUser>().WithMany().HasForeignKey(i => i.UserId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class WebhookEventRecordConfiguration : IEntityTypeConfiguration<WebhookEventRecord>
{
    public void Configure(EntityTypeBuilder<WebhookEventRecord> webhook)
    {
        webhook.ToTable("WebhookEvents");
        webhook.HasIndex(w => new { w.Provider, w.EventId }).IsUnique();
        webhook.HasIndex(w => w.ProcessedAt);
        webhook.Property(w => w.Provider).HasMaxLength(20);
        webhook.Property(w => w.EventId).HasMaxLength(BillingEvent.MaxEventIdLength);
        webhook.Property(w => w.Type).HasMaxLength(100);
        webhook.Property(w => w.LastError).HasMaxLength(2000);
    }
}

internal sealed class OutboxMailConfiguration : IEntityTypeConfiguration<OutboxMail>
{
    public void Configure(EntityTypeBuilder<OutboxMail> mail)
    {
        mail.ToTable("OutboxMails");
        mail.HasIndex(m => new { m.SentAt, m.NextAttemptAt });
        mail.Property(m => m.To).HasMaxLength(320);
        mail.Property(m => m.Subject).HasMaxLength(OutboxMail.SubjectLength);
        mail.Property(m => m.LastError).HasMaxLength(OutboxMail.ErrorLength);
    }
}

internal sealed class ReaderMeterRecordConfiguration : IEntityTypeConfiguration<ReaderMeterRecord>
{
    public void Configure(EntityTypeBuilder<ReaderMeterRecord> meter)
    {
        meter.HasKey(m => m.UserId);
        meter.Property(m => m.ArticleIds).HasMaxLength(2000);
        meter.Property(m => m.Version).IsConcurrencyToken();
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
