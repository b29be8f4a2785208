namespace UssdGateway.Infrastructure.Jobs;

/// <summary>
/// The <c>Jobs</c> section: where Hangfire keeps its jobs and whether this process works them.
/// <list type="bullet">
/// <item><c>Storage</c>: empty (default) follows <c>Database:Provider</c>: a SQLite file of its own (<c>SqlitePath</c>)
/// beside the embedded database, or the SQL Server database itself (schema <c>HangFire</c>); <c>Redis</c> keeps jobs in
/// <c>ConnectionStrings:Redis</c> (several instances without SQL Server); <c>InMemory</c> is for tests and trials only
/// (jobs vanish with the process).</item>
/// <item><c>RunServer</c>: work jobs here (false for a web-only instance; another instance works them).</item>
/// <item><c>Queues</c>: the queues this process's workers take jobs from, first to last (empty: <c>default</c>, where
/// the gateway puts every job). A queue of an instance's own lets an operator, or a test, hand a job to that instance.</item>
/// <item><c>Schedules</c>: recurring job id → cron in Bamako time (UTC+0), or <c>off</c>.</item>
/// </list>
/// </summary>
public sealed class JobsOptions
{
    public const string SectionName = "Jobs";
    public const string DefaultQueue = "default";
    public const string DefaultSqlitePath = "data/jobs.db";

    /// <summary>A schedule value that removes a recurring job.</summary>
    public const string Off = "off";

    public string? Storage { get; set; }

    public bool RunServer { get; set; } = true;

    public int WorkerCount { get; set; } = 4;

    /// <summary>Hangfire queue names (lower-case letters, digits, <c>_</c> and <c>-</c>); empty means <see cref="DefaultQueue"/>.</summary>
    public List<string> Queues { get; set; } = [];

    /// <summary>The SQLite file of the jobs (embedded default); relative paths are taken from the gateway's root.</summary>
    public string SqlitePath { get; set; } = DefaultSqlitePath;

    /// <summary>How often a SQLite or SQL Server storage looks for new jobs (Redis and in-memory are told at once).</summary>
    public TimeSpan QueuePollInterval { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>Key prefix of the jobs in Redis.</summary>
    public string RedisPrefix { get; set; } = "{ussdgw-jobs}:";

    public Dictionary<string, string> Schedules { get; set; } = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>The queues to work, in order: <see cref="Queues"/>, or <see cref="DefaultQueue"/> when none is set.</summary>
    public string[] EffectiveQueues() =>
        Queues.Count == 0 ? [DefaultQueue] : [.. Queues.Select(q => q.Trim()).Distinct(StringComparer.Ordinal)];

    /// <summary>True when every queue name is one Hangfire accepts.</summary>
    public bool QueuesAreValid() => EffectiveQueues().All(q => q.Length > 0 && q.All(c => c is >= 'a' and <= 'z' or >= '0' and <= '9' or '_' or '-'));

    /// <summary>The storage named by <see cref="Storage"/>; empty follows the database.</summary>
    public JobStorageKind StorageKind(Data.SqlDialect database)
    {
        var name = (Storage ?? "").Trim();
        if (name.Length == 0) return database == Data.SqlDialect.SqlServer ? JobStorageKind.SqlServer : JobStorageKind.Sqlite;
        return Enum.TryParse<JobStorageKind>(name, ignoreCase: true, out var kind) && Enum.IsDefined(kind)
            ? kind
            : throw new InvalidOperationException($"Jobs:Storage is '{name}': use Sqlite, SqlServer, Redis or InMemory (or leave it empty to follow Database:Provider).");
    }
}
