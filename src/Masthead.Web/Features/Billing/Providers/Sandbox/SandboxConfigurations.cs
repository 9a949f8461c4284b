using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Masthead.Web.Features.Billing.Providers.Sandbox;

internal sealed class SandboxCustomerConfiguration : IEntityTypeConfiguration<SandboxCustomer>
{
    public void Configure(EntityTypeBuilder<SandboxCustomer> e)
    {
        e.ToTable("SandboxCustomers");
        e.Property(x => x.Id).HasMaxLength(40);
        e.Property(x => x.Email).HasMaxLength(256);
        e.Property(x => x.DefaultCardId).HasMaxLength(40);
    }
}

internal sealed class SandboxCardConfiguration : IEntityTypeConfiguration<SandboxCard>
{
    public void Configure(EntityTypeBuilder<SandboxCard> e)
    {
        e.ToTable("SandboxCards");
        e.Property(x => x.Id).HasMaxLength(40);
        e.Property(x => x.CustomerId).HasMaxLength(40);
        e.Property(x => x.Brand).HasMaxLength(20);
        e.Property(x => x.Last4).HasMaxLength(4);
        e.Property(x => x.Behaviour).HasConversion<string>().HasMaxLength(20);
    }
}

internal sealed class SandboxCheckoutConfiguration : IEntityTypeConfiguration<SandboxCheckout>
{
    public void Configure(EntityTypeBuilder<SandboxCheckout> e)
    {
        e.ToTable("SandboxCheckouts");
        e.Property(x => x.Id).HasMaxLength(60);
        e.Property(x => x.CustomerId).HasMaxLength(40);
        e.Property(x => x.PriceId).HasMaxLength(60);
        e.Property(x => x.PlanName).HasMaxLength(80);
        e.Property(x => x.Currency).HasMaxLength(3);
        e.Property(x => x.Interval).HasConversion<string>().HasMaxLength(10);
        e.Property(x => x.SuccessUrl).HasMaxLength(2000);
        e.Property(x => x.CancelUrl).HasMaxLength(2000);
        e.Property(x => x.SubscriptionId).HasMaxLength(40);
    }
}

internal sealed class SandboxPortalSessionConfiguration : IEntityTypeConfiguration<SandboxPortalSession>
{
    public void Configure(EntityTypeBuilder<SandboxPortalSession> e)
    {
        e.ToTable("SandboxPortalSessions");
        e.Property(x => x.Id).HasMaxLength(60);
        e.Property(x => x.CustomerId).HasMaxLength(40);
        e.Property(x => x.ReturnUrl).HasMaxLength(2000);
    }
}

internal sealed class SandboxSubscriptionConfiguration : IEntityTypeConfiguration<SandboxSubscription>
{
    public void Configure(EntityTypeBuilder<SandboxSubscription> e)
    {
        e.ToTable("SandboxSubscriptions");
        e.Property(x => x.Id).HasMaxLength(40);
        e.Property(x => x.CustomerId).HasMaxLength(40);
        e.Property(x => x.PriceId).HasMaxLength(60);
        e.Property(x => x.Currency).HasMaxLength(3);
        e.Property(x => x.Interval).HasConversion<string>().HasMaxLength(10);
        e.Property(x => x.Status).HasConversion<string>().HasMaxLength(20);
    }
}

internal sealed class SandboxInvoiceConfiguration : IEntityTypeConfiguration<SandboxInvoice>
{
    public void Configure(EntityTypeBuilder<SandboxInvoice> e)
    {
        e.ToTable("SandboxInvoices");
        e.Property(x => x.Id).HasMaxLength(40);
        e.Property(x => x.Number).HasMaxLength(40);
        e.Property(x => x.SubscriptionId).HasMaxLength(40);
        e.Property(x => x.CustomerId).HasMaxLength(40);
        e.Property(x => x.Currency).HasMaxLength(3);
    }
}

internal sealed class SandboxPaymentAttemptConfiguration : IEntityTypeConfiguration<SandboxPaymentAttempt>
{
    public void Configure(EntityTypeBuilder<SandboxPaymentAttempt> e)
    {
        e.ToTable("SandboxPaymentAttempts");
        e.Property(x => x.InvoiceId).HasMaxLength(40);
        e.Property(x => x.CardId).HasMaxLength(40);
        e.Property(x => x.FailureCode).HasMaxLength(40);
    }
}

internal sealed class SandboxClockStateConfiguration : IEntityTypeConfiguration<SandboxClockState>
{
    public void Configure(EntityTypeBuilder<SandboxClockState> e)
    {
        e.ToTable("SandboxClock");
        e.Property(x => x.Id).ValueGeneratedNever();
    }
}

internal sealed class SandboxWebhookConfiguration : IEntityTypeConfiguration<SandboxWebhook>
{
    public void Configure(EntityTypeBuilder<SandboxWebhook> e)
    {
        e.ToTable("SandboxWebhooks");
        e.Property(x => x.EventId).HasMaxLength(60);
        e.Property(x => x.Type).HasMaxLength(60);
        e.Property(x => x.LastError).HasMaxLength(2000);
        e.HasIndex(x => x.DeliveredAt);
    }
}
