using System.Net;
using System.Net.Sockets;

namespace Masthead.Web.Tests.Infrastructure;

public static class LoopbackPort
{
    /// <summary>
    /// A port free on 127.0.0.1 now. Apps served on a real port pick it before they start, because
    /// the site's public origin (its links, and the only host name it answers to) is set at start.
    /// </summary>
    public static int Free()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
