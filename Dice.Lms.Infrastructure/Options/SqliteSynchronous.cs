namespace Dice.Lms.Infrastructure.Options;

/// <summary>When SQLite waits for the disk (its <c>synchronous</c> setting, in WAL mode).</summary>
public enum SqliteSynchronous
{
    /// <summary>At every commit: a saved answer survives a power cut.</summary>
    Full,

    /// <summary>
    /// At checkpoints only: the last commits may be undone by a power cut or an operating-system crash, never by the
    /// site's process dying, and the file is never corrupted.
    /// </summary>
    Normal,
}
