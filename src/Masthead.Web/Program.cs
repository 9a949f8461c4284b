using Masthead.Web.Data;
using Masthead.Web.Features.Accounts;
using Masthead.Web.Features.Articles;
using Masthead.Web.Features.Billing;
using Masthead.Web.Features.Billing.Webhooks;
using Masthead.Web.Features.Feeds;
using Masthead.Web.Features.Newsroom;
using Masthead.Web.Features.Paywall;
using Masthead.Web.Features.Reading;
using Masthead.Web.Features.Shared;
using Masthead.Web.Infrastructure;
using Masthead.Web.Infrastructure.Caching;
using Masthead.Web.Infrastructure.Cli;
using Masthead.Web.Infrastructure.Demo;
using Masthead.Web.Infrastructure.Mail;
using Masthead.Web.Infrastructure.Media;
using Masthead.Web.Infrastructure.RequestBodies;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Options;

var builder = WebApplication.CreateBuilder(args);
var services = builder.Services;
var paths = new DataPaths(builder.Configuration, builder.Environment);

// Hosted services start in registration order: the database is migrated before any background work.
services.TryAddSingleton<DatabaseInitializer>();
services.AddHostedService(sp => sp.GetRequiredService<DatabaseInitializer>());
services.AddBilling(builder.Configuration);
services.TryAddSingleton(TimeProvider.System);
services.AddSingleton(paths);
services.AddOptions<PublicationOptions>().BindConfiguration("Publication").ValidateDataAnnotations().ValidateOnStart();
services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<PublicationOptions>, PublicationOptionsValidator>());
services.AddPublicHostFiltering(builder.Configuration, builder.Environment);
services.AddOptions<DemoOptions>().BindConfiguration("Demo");
services.TryAddSingleton<SiteUrls>();
services.AddDataProtection()
    .SetApplicationName("Masthead")
    .PersistKeysToFileSystem(new DirectoryInfo(paths.Sub("keys")));

services.AddMastheadDatabase(builder.Configuration, paths);
services.AddMediaIntake(builder.Configuration);
services.AddRequestBodyLimits();
services.TryAddSingleton<SectionNav>();
services.TryAddScoped<DemoAccounts>();
services.TryAddScoped<DemoSeeder>();
services.AddMail();
services.AddAccounts(builder.Configuration);
services.AddPaywall();
services.AddContentCaching();
services.AddArticles();
services.AddReading();
services.AddNewsroom();
services.AddRazorPages(o => o.RootDirectory = "/Features");

var app = builder.Build();

if (!app.Environment.IsDevelopment())
{
    app.UseHsts();
}

app.UseSecurityHeaders();
app.UseExceptionHandler("/status/500");
app.UseStatusCodePagesWithReExecute("/status/{0}");
app.UseStaticFiles();
app.UseStaticFiles(new StaticFileOptions
{
    RequestPath = LocalDiskMediaStorage.UrlPrefix,
    FileProvider = new PhysicalFileProvider(paths.Sub("media")),
    OnPrepareResponse = context => context.Context.Response.Headers.CacheControl = "public, max-age=31536000, immutable",
});
app.UseRouting();
app.UseRateLimiter();
app.UseAuthentication();
app.UseAuthorization();
app.UseRequestBodyLimits();
app.MapRazorPages();
app.MapSitemap();
app.MapBillingWebhooks();

if (await TestClockCommand.TryRunAsync(app, args) is { } exitCode)
{
    return exitCode;
}

await app.RunAsync();
return 0;

/// <summary>Entry point; public so integration tests can host the app.</summary>
public partial class Program;
