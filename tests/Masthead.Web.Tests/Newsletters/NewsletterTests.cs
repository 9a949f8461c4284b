using System.Net;
using Masthead.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Masthead.Web.Tests.Newsletters;

public abstract class NewsletterTests(MastheadApp app) : AppTests(app)
{
    [Fact]
    public async Task The_footer_form_stores_the_address_once_and_answers_alike_for_a_repeat()
    {
        var email = TestAccounts.NewEmail("news");
        using var reader = App.NewReader();

        var first = await reader.SubmitAsync("/", new Dictionary<string, string> { ["Email"] = "  " + email.ToUpperInvariant() + " " }, "/newsletter");
        var again = await reader.SubmitAsync("/", new Dictionary<string, string> { ["Email"] = email }, "/newsletter");

        Assert.Equal(HttpStatusCode.OK, first.Status);
        Assert.Contains("is on the list", first.Document.QuerySelector(".notice")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(first.Document.QuerySelector(".notice")!.TextContent, again.Document.QuerySelector(".notice")!.TextContent);
        Assert.Contains(email, first.Document.QuerySelector(".notice")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(1, await App.WithDbAsync(db => db.NewsletterSignups.CountAsync(s => s.Email == email)));
    }

    [Fact]
    public async Task An_invalid_address_gets_a_form_message_and_stores_nothing()
    {
        using var reader = App.NewReader();
        var before = await App.WithDbAsync(db => db.NewsletterSignups.CountAsync());

        var page = await reader.SubmitAsync("/", new Dictionary<string, string> { ["Email"] = "not an address" }, "/newsletter");

        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Contains("Enter an e-mail address like name@example.com.", page.DecodedHtml, StringComparison.Ordinal);
        Assert.Equal(before, await App.WithDbAsync(db => db.NewsletterSignups.CountAsync()));
    }
}

[Collection(SqliteCollection.Name)]
public sealed class NewsletterOnSqlite(SqliteApp app) : NewsletterTests(app);

[Collection(PostgresCollection.Name)]
public sealed class NewsletterOnPostgres(PostgresApp app) : NewsletterTests(app);
