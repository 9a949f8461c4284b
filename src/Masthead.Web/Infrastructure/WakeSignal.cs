namespace Masthead.Web.Infrastructure;

/// <summary>Wakes a background loop as soon as there is work, instead of at its next round.</summary>
public abstract class WakeSignal : IDisposable
{
    private readonly SemaphoreSlim semaphore = new(0);

    public void Notify()
    {
        if (semaphore.CurrentCount == 0)
        {
            semaphore.Release();
        }
    }

    public void Dispose()
    {
        semaphore.Dispose();
        GC.SuppressFinalize(this);
    }

    public async Task WaitAsync(TimeSpan timeout, CancellationToken cancellationToken) => await semaphore.WaitAsync(timeout, cancellationToken);
}
