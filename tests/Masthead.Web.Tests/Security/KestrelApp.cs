using System.Net;
using Masthead.Web.Data;
using Masthead.Web.Tests.Billing;
using Masthead.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Hosting;

namespace Masthead.Web.Tests.Security;

/// <summary>
/// The app served by Kestrel on 127.0.0.1 and reached over real sockets, for what the test host
/// cannot show: the server's own request body limits, and what a client sees when a body is cut off.
/// </summary>
public sealed class KestrelApp : MastheadApp
{
    public KestrelApp()
    {
        var port = LoopbackPort.Free();
        Root = new Uri($"http://127.0.0.1:{port}/");
        UseKestrel(o => o.Listen(IPAddress.Loopback, port));
    }

    public Uri Root { get; }

    public override DatabaseProvider Provider => DatabaseProvider.Sqlite;

    protected override string? ConnectionString => null;

    protected override string PublicOrigin => Root.GetLeftPart(UriPartial.Authority);

    public override ValueTask InitializeAsync()
    {
        StartServer();
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
