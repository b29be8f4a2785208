using System.Net;
using System.Net.Sockets;

namespace UssdGateway.ScaleOut.Tests.Support;

internal static class FreePorts
{
    /// <summary>A loopback port nobody listens on right now (the OS's choice).</summary>
    public static int Next()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
