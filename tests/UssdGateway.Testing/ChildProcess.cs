using System.Diagnostics;

namespace UssdGateway.Testing;

/// <summary>Ends a process a test started (redis-server, nginx, a gateway): kills it and its children, waits up to 10 s, disposes it.</summary>
public static class ChildProcess
{
    public static async Task KillAndDisposeAsync(Process process)
    {
        ArgumentNullException.ThrowIfNull(process);
        try
        {
            if (!process.HasExited)
            {
                process.Kill(entireProcessTree: true);
                await process.WaitForExitAsync().WaitAsync(TimeSpan.FromSeconds(10)).ConfigureAwait(false);
            }
        }
        catch (Exception e) when (e is InvalidOperationException or TimeoutException)
        {
            // Already gone.
        }
        finally
        {
            process.Dispose();
        }
    }
}
