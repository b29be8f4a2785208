namespace UssdGateway.Infrastructure.Data;

/// <summary>The right to write, held until disposed (see <see cref="IDbConnectionFactory.EnterWriteAsync"/>).</summary>
public readonly struct WriteLease(SemaphoreSlim? gate) : IDisposable
{
    public void Dispose() => gate?.Release();
}
