using System.Net;
using Masthead.Web.Data;
using Masthead.Web.Tests.Billing;
using Masthead.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;

namespace Masthead.Web.Tests.Security;

/// <summary>
/// The app served by Kestrel on 127.0.0.1 and reached over real sockets, for what the test host
/// cannot show: the server's own request body limits, and what a client sees when a body is cut off.
/// </summary>
public sealed class KestrelApp : MastheadApp
{
    public KestrelApp() => UseKestrel(o => o.Listen(IPAddress.Loopback, 0));

    public Uri Root { get; private set; } = null!;

    public override DatabaseProvider Provider => DatabaseProvider.Sqlite;

    protected override string? ConnectionString => null;

    public override ValueTask InitializeAsync()
    {
        StartServer();
        Root = new Uri(Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First());
        return ValueTask.CompletedTask;
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("Billing:Sandbox:WebhookSecret", WebhookApp.Secret);
    }

    /// <summary>A client with its own cookies and connections, over the loopback network.</summary>
    public Reader NewSocketReader()
    {
        var cookies = new CookieContainer();
        var client = new HttpClient(new SocketsHttpHandler { CookieContainer = cookies, AllowAutoRedirect = false }) { BaseAddress = Root };
        return new Reader(client, cookies, Root);
    }
}
