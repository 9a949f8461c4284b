using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;

namespace Masthead.Web.Data;

/// <summary>
/// The one model. Each database provider has a derived context of its own so that its
/// migrations live apart (Data/Migrations/Sqlite, Data/Migrations/Postgres).
/// </summary>
public abstract class MastheadDbContext(DbContextOptions options) : IdentityDbContext<AppUser>(options)
{
    public DbSet<Article> Articles => Set<Article>();
    public DbSet<Section> Sections => Set<Section>();
    public DbSet<Author> Authors => Set<Author>();
    public DbSet<Tag> Tags => Set<Tag>();
    public DbSet<MediaImage> Images => Set<MediaImage>();
    public DbSet<MediaVideo> Videos => Set<MediaVideo>();
    public DbSet<ArticleRevision> Revisions => Set<ArticleRevision>();
    public DbSet<ArticleCorrection> Corrections => Set<ArticleCorrection>();
    public DbSet<SubscriptionRecord> Subscriptions => Set<SubscriptionRecord>();
    public DbSet<ReaderMeterRecord> ReaderMeters => Set<ReaderMeterRecord>();
    public DbSet<NewsletterSignup> NewsletterSignups => Set<NewsletterSignup>();
    public DbSet<Plan> Plans => Set<Plan>();
    public DbSet<BillingCustomer> BillingCustomers => Set<BillingCustomer>();
    public DbSet<InvoiceRecord> Invoices => Set<InvoiceRecord>();
    public DbSet<WebhookEventRecord> WebhookEvents => Set<WebhookEventRecord>();
    public DbSet<OutboxMail> OutboxMails => Set<OutboxMail>();

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.ApplyConfigurationsFromAssembly(typeof(MastheadDbContext).Assembly);
    }
}

public sealed class SqliteMastheadDbContext(DbContextOptions<SqliteMastheadDbContext> options) : MastheadDbContext(options)
{
    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        // SQLite cannot compare or order DateTimeOffset stored as text; as UTC ticks it can.
        configurationBuilder.Properties<DateTimeOffset>().HaveConversion<UtcTicksConverter>();
    }
}

public sealed class PostgresMastheadDbContext(DbContextOptions<PostgresMastheadDbContext> options) : MastheadDbContext(options);
