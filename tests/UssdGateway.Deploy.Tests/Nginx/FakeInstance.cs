using System.Collections.Concurrent;
using System.Net;
using System.Text;

namespace UssdGateway.Deploy.Tests.Nginx;

/// <summary>A stand-in gateway instance on a loopback port: answers every request with its name and records the headers it got.</summary>
internal sealed class FakeInstance : IDisposable
{
    private readonly HttpListener _listener = new();
    private readonly Task _loop;

    public FakeInstance(string name)
    {
        Name = name;
        Port = NginxSandbox.FreePort();
        _listener.Prefixes.Add($"http://127.0.0.1:{Port}/");
        _listener.Start();
        _loop = Task.Run(ServeAsync);
    }

    public string Name { get; }

    public int Port { get; }

    /// <summary>Each request received: its path and headers.</summary>
    public ConcurrentQueue<(string Path, WebHeaderCollection Headers)> Requests { get; } = new();

    private async Task ServeAsync()
    {
        while (_listener.IsListening)
        {
            HttpListenerContext context;
            try
            {
                context = await _listener.GetContextAsync();
            }
            catch (Exception e) when (e is HttpListenerException or ObjectDisposedException or InvalidOperationException)
            {
                return;
            }
            var headers = new WebHeaderCollection();
            foreach (var key in context.Request.Headers.AllKeys.OfType<string>()) headers.Add(key, context.Request.Headers[key]);
            Requests.Enqueue((context.Request.Url?.AbsolutePath ?? "", headers));
            var body = Encoding.UTF8.GetBytes("END " + Name);
            context.Response.StatusCode = 200;
            context.Response.ContentType = "text/plain";
            await context.Response.OutputStream.WriteAsync(body);
            context.Response.Close();
        }
    }

    public void Dispose()
    {
        try
        {
            _listener.Stop();
            _listener.Close();
        }
        catch (HttpListenerException)
        {
            // Linux's managed listener can fail to unregister a port another process has just taken: the test is over
        }
        _loop.Wait(TimeSpan.FromSeconds(5));
    }
}
