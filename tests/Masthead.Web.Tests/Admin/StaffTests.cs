using System.Net;
using Masthead.Web.Data;
using Masthead.Web.Features.Accounts;
using Masthead.Web.Tests.Infrastructure;
using Masthead.Web.Tests.Newsroom;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace Masthead.Web.Tests.Admin;

/// <summary>Admins give and take newsroom roles; the change reaches the person on their next request.</summary>
public abstract class StaffTests(MastheadApp app) : AppTests(app)
{
    private Task<Reader> StaffAsync(string role) => NewsroomForms.StaffAsync(App, role);

    private static Task<Page> GiveAsync(Reader admin, string email, string role) =>
        admin.SubmitAsync("/admin/staff", new Dictionary<string, string> { ["Email"] = email, ["Role"] = role }, "/admin/staff?handler=Give");

    private static Task<Page> RemoveAsync(Reader admin, string userId) =>
        admin.SubmitAsync("/admin/staff", new Dictionary<string, string> { ["id"] = userId }, "/admin/staff?handler=Remove");

    /// <summary>A new confirmed account, holding <paramref name="role"/> if one is given.</summary>
    private async Task<(string Email, string Id)> AccountAsync(string? role = null)
    {
        var email = TestAccounts.NewEmail(role ?? "reader");
        return (email, await TestAccounts.CreateConfirmedAsync(App, email, role));
    }

    private async Task<Reader> SignInAsync(string email)
    {
        var reader = App.NewReader();
        await reader.SignInAsync(email, TestAccounts.Password);
        return reader;
    }

    private async Task<IList<string>> RolesAsync(string userId)
    {
        await using var scope = App.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
        return await users.GetRolesAsync((await users.FindByIdAsync(userId))!);
    }

    private static void AssertForbidden(Page page)
    {
        Assert.Equal(HttpStatusCode.Redirect, page.Status);
        Assert.Contains("/status/403", page.Location!.ToString(), StringComparison.Ordinal);
    }

    /// <summary>The new security stamp no longer matches the cookie's: the person is signed out and asked to sign in.</summary>
    private static void AssertAskedToSignIn(Page page)
    {
        Assert.Equal(HttpStatusCode.Redirect, page.Status);
        Assert.Contains("/account/login", page.Location!.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_reader_made_an_author_is_asked_to_sign_in_on_their_next_request_and_then_publishes_their_own_story()
    {
        using var admin = await StaffAsync(StaffRoles.Admin);
        var (email, id) = await AccountAsync();
        using var person = await SignInAsync(email);
        AssertForbidden(await person.GetAsync("/newsroom"));

        var given = await GiveAsync(admin, email, StaffRoles.Author);
        var listed = await admin.FollowAsync(given);
        var next = await person.GetAsync("/newsroom/stories");
        await person.SignInAsync(email, TestAccounts.Password);
        var published = await NewsroomForms.PostAsync(person, "/newsroom/stories", "Publish", NewsroomForms.Story(NewsroomForms.Unique("Promoted")));

        Assert.Equal(HttpStatusCode.Redirect, given.Status);
        Assert.Contains($"{email} is now on the staff as Author.", listed.DecodedHtml, StringComparison.Ordinal);
        Assert.Equal([StaffRoles.Author], await RolesAsync(id));
        AssertAskedToSignIn(next);
        Assert.Equal(HttpStatusCode.Redirect, published.Status);
        Assert.StartsWith("/newsroom/stories/", published.Location!.OriginalString, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_author_demoted_to_contributor_loses_publishing_from_their_next_request()
    {
        using var admin = await StaffAsync(StaffRoles.Admin);
        var (email, id) = await AccountAsync(StaffRoles.Author);
        using var person = await SignInAsync(email);
        var form = await person.GetAsync("/newsroom/stories");

        await GiveAsync(admin, email, StaffRoles.Contributor);
        var next = await person.PostAsync("/newsroom/stories?handler=Publish", new Dictionary<string, string>(NewsroomForms.Story(NewsroomForms.Unique("Demoted")))
        {
            ["__RequestVerificationToken"] = Reader.AntiforgeryToken(form.Html),
        });
        await person.SignInAsync(email, TestAccounts.Password);
        var afterSignIn = await NewsroomForms.PostAsync(person, "/newsroom/stories", "Publish", NewsroomForms.Story(NewsroomForms.Unique("Demoted")));

        Assert.Equal([StaffRoles.Contributor], await RolesAsync(id));
        AssertAskedToSignIn(next);
        AssertForbidden(afterSignIn);
    }

    [Fact]
    public async Task Someone_removed_from_the_staff_is_turned_away_from_the_newsroom_from_their_next_request()
    {
        using var admin = await StaffAsync(StaffRoles.Admin);
        var (email, id) = await AccountAsync(StaffRoles.Editor);
        using var person = await SignInAsync(email);
        Assert.Equal(HttpStatusCode.OK, (await person.GetAsync("/newsroom")).Status);

        var removed = await RemoveAsync(admin, id);
        var listed = await admin.FollowAsync(removed);
        var next = await person.GetAsync("/newsroom");
        await person.SignInAsync(email, TestAccounts.Password);

        Assert.Contains($"{email} is no longer on the staff.", listed.DecodedHtml, StringComparison.Ordinal);
        Assert.DoesNotContain(email, listed.Document.QuerySelector("table")!.TextContent, StringComparison.Ordinal);
        Assert.Empty(await RolesAsync(id));
        AssertAskedToSignIn(next);
        AssertForbidden(await person.GetAsync("/newsroom"));
    }

    [Fact]
    public async Task Giving_a_role_replaces_every_other_staff_role_and_the_list_shows_the_one_left()
    {
        using var admin = await StaffAsync(StaffRoles.Admin);
        var (email, id) = await AccountAsync(StaffRoles.Contributor);
        await using (var scope = App.Services.CreateAsyncScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
            await users.AddToRoleAsync((await users.FindByIdAsync(id))!, StaffRoles.Editor);
        }

        var before = await admin.GetAsync("/admin/staff");
        await GiveAsync(admin, email, StaffRoles.Author);

        Assert.Equal([("Editor", "Remove from staff (" + email + ")")], RowFor(before, email));
        Assert.Equal([StaffRoles.Author], await RolesAsync(id));
        Assert.Equal([("Author", "Remove from staff (" + email + ")")], RowFor(await admin.GetAsync("/admin/staff"), email));
    }

    /// <summary>The role and the action cell of <paramref name="email"/>'s rows in the staff list.</summary>
    private static (string Role, string Action)[] RowFor(Page page, string email) =>
        page.Document.QuerySelectorAll("tbody tr")
            .Where(row => row.Children[0].TextContent == email)
            .Select(row => (row.Children[1].TextContent, row.Children[3].TextContent.Trim()))
            .ToArray();

    [Fact]
    public async Task An_editor_can_neither_open_nor_post_to_the_staff_page()
    {
        using var editor = await StaffAsync(StaffRoles.Editor);
        var (email, id) = await AccountAsync();
        var token = Reader.AntiforgeryToken((await editor.GetAsync("/newsroom")).Html);

        var opened = await editor.GetAsync("/admin/staff");
        var posted = await editor.PostAsync("/admin/staff?handler=Give", new Dictionary<string, string>
        {
            ["Email"] = email,
            ["Role"] = StaffRoles.Admin,
            ["__RequestVerificationToken"] = token,
        });

        AssertForbidden(opened);
        AssertForbidden(posted);
        Assert.Empty(await RolesAsync(id));
    }

    [Theory]
    [InlineData("nobody-{0}@example.test", StaffRoles.Author, "No account has that address. Ask them to sign up first.")]
    [InlineData("not an address", StaffRoles.Author, "Enter an e-mail address like name@example.com.")]
    [InlineData("", StaffRoles.Author, "Enter the person's e-mail address.")]
    [InlineData("{existing}", "owner", "Choose one of the roles listed.")]
    [InlineData("{existing}", "", "Choose a role.")]
    public async Task Bad_input_gets_a_form_message_and_changes_nothing(string email, string role, string message)
    {
        using var admin = await StaffAsync(StaffRoles.Admin);
        var existing = TestAccounts.NewEmail("existing");
        var id = await TestAccounts.CreateConfirmedAsync(App, existing);
        email = email.Replace("{existing}", existing, StringComparison.Ordinal).Replace("{0}", Guid.NewGuid().ToString("N"), StringComparison.Ordinal);

        var page = await GiveAsync(admin, email, role);

        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Contains(message, page.DecodedHtml, StringComparison.Ordinal);
        Assert.Empty(await RolesAsync(id));
    }

    [Fact]
    public async Task An_account_that_has_not_confirmed_its_address_is_not_given_a_role()
    {
        using var admin = await StaffAsync(StaffRoles.Admin);
        var email = TestAccounts.NewEmail("unconfirmed");
        string id;
        await using (var scope = App.Services.CreateAsyncScope())
        {
            var user = new AppUser { UserName = email, Email = email, CreatedAt = DateTimeOffset.UtcNow };
            await scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>().CreateAsync(user, TestAccounts.Password);
            id = user.Id;
        }

        var page = await GiveAsync(admin, email, StaffRoles.Contributor);

        Assert.Contains("Ask them to confirm their address first.", page.DecodedHtml, StringComparison.Ordinal);
        Assert.Empty(await RolesAsync(id));
    }

    [Fact]
    public async Task An_admin_can_neither_demote_nor_remove_themselves()
    {
        var (email, id) = await AccountAsync(StaffRoles.Admin);
        using var admin = await SignInAsync(email);

        var demoted = await GiveAsync(admin, email, StaffRoles.Editor);
        var removed = await RemoveAsync(admin, id);

        Assert.Contains("You cannot change your own role: ask another admin.", demoted.DecodedHtml, StringComparison.Ordinal);
        Assert.Contains("You cannot change your own role: ask another admin.", removed.DecodedHtml, StringComparison.Ordinal);
        Assert.Equal([StaffRoles.Admin], await RolesAsync(id));
        Assert.Equal([("Admin", "You")], RowFor(removed, email));
    }

    [Fact]
    public async Task One_admin_removes_another_who_then_cannot_use_the_page_even_with_their_old_cookie()
    {
        using var first = await StaffAsync(StaffRoles.Admin);
        var (secondEmail, secondId) = await AccountAsync(StaffRoles.Admin);
        using var second = await SignInAsync(secondEmail);
        var (bystander, bystanderId) = await AccountAsync();
        var secondsForm = await second.GetAsync("/admin/staff");

        var removed = await RemoveAsync(first, secondId);
        var afterwards = await second.PostAsync("/admin/staff?handler=Give", new Dictionary<string, string>
        {
            ["Email"] = bystander,
            ["Role"] = StaffRoles.Admin,
            ["__RequestVerificationToken"] = Reader.AntiforgeryToken(secondsForm.Html),
        });

        Assert.Equal(HttpStatusCode.Redirect, removed.Status);
        Assert.Empty(await RolesAsync(secondId));

        // Refused by the page's own check while their cookie still says admin, or signed out once it is re-validated.
        Assert.Equal(HttpStatusCode.Redirect, afterwards.Status);
        Assert.Matches("/status/403|/account/login", afterwards.Location!.ToString());
        Assert.Empty(await RolesAsync(bystanderId));
    }

    [Fact]
    public async Task Removing_someone_who_is_not_on_the_staff_gets_a_message()
    {
        using var admin = await StaffAsync(StaffRoles.Admin);
        var (_, readerId) = await AccountAsync();

        var reader = await RemoveAsync(admin, readerId);
        var unknown = await RemoveAsync(admin, "no-such-id");

        Assert.Equal(HttpStatusCode.OK, reader.Status);
        Assert.Contains("That person is not on the staff.", reader.DecodedHtml, StringComparison.Ordinal);
        Assert.Contains("That person is not on the staff.", unknown.DecodedHtml, StringComparison.Ordinal);
    }
}

[Collection(SqliteCollection.Name)]
public sealed class StaffOnSqlite(SqliteApp app) : StaffTests(app);

[Collection(PostgresCollection.Name)]
public sealed class StaffOnPostgres(PostgresApp app) : StaffTests(app);
