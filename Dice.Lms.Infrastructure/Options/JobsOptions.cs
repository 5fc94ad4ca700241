namespace Dice.Lms.Infrastructure.Options;

public sealed class JobsOptions
{
    public JobStorageKind Storage { get; set; } = JobStorageKind.InMemory;

    /// <summary>Runs a Hangfire server in this process; turn off on nodes that should only serve pages.</summary>
    public bool RunServer { get; set; } = true;
}
