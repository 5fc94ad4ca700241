using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Engines;
using Dice.Lms.Infrastructure.Data;
using Dice.Lms.Infrastructure.Proficiency;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace Dice.Lms.Benchmarks;

/// <summary>
/// The nightly proficiency job on a SQLite file of 25,000 to 100,000 learners in 10 cohorts from two locations, each
/// with a baseline self-assessment and 20 quiz attempts (two in three passed): up to 2,000,000 attempts. Each module
/// teaches two competences, so the job also computes all 23 competence levels of every learner.
/// </summary>
[MemoryDiagnoser]
[SimpleJob(RunStrategy.Monitoring, launchCount: 1, warmupCount: 1, iterationCount: 3)]
public class ProficiencyJobScaling
{
    private const int AttemptsPerLearner = 20;
    private const int Cohorts = 10;
    private string _folder = "";
    private DbContextOptions<SqliteLmsDbContext> _options = null!;

    [Params(25_000, 50_000, 100_000)]
    public int Learners { get; set; }

    [GlobalSetup]
    public void Seed()
    {
        _folder = Path.Combine(Path.GetTempPath(), "dice-lms-bench", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(_folder);
        _options = SeedSqlite(Path.Combine(_folder, "lms.db"), Learners);
    }

    /// <summary>
    /// A migrated SQLite file at <paramref name="path"/> with <paramref name="learners"/> learners and 20 attempts each
    /// (also the data set `database copy` is measured on: `dotnet run ... -- seed-sqlite PATH LEARNERS`).
    /// </summary>
    public static DbContextOptions<SqliteLmsDbContext> SeedSqlite(string path, int learners)
    {
        var connectionString = $"Data Source={path}";
        var options = new DbContextOptionsBuilder<SqliteLmsDbContext>()
            .UseSqlite(connectionString, x => x.UseQuerySplittingBehavior(QuerySplittingBehavior.SplitQuery)).Options;
        using (var db = new SqliteLmsDbContext(options))
        {
            db.Database.Migrate();
        }

        using var connection = new SqliteConnection(connectionString);
        connection.Open();
        Execute(connection, "PRAGMA journal_mode=WAL;", learners);
        using (var transaction = connection.BeginTransaction())
        {
            Execute(connection, SeedSql, learners, transaction);
            transaction.Commit();
        }

        Execute(connection, "ANALYZE;", learners);
        return options;
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }

    [Benchmark(Description = "proficiency job, all cohorts")]
    public async Task<int> RunJob()
    {
        await using var db = new SqliteLmsDbContext(_options);
        return await new ProficiencyJob(db, TimeProvider.System).RunAsync(CancellationToken.None);
    }

    private static void Execute(SqliteConnection connection, string sql, int learners, SqliteTransaction? transaction = null)
    {
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        command.CommandTimeout = 0;
        command.Parameters.AddWithValue("$learners", learners);
        command.Parameters.AddWithValue("$attempts", AttemptsPerLearner);
        command.Parameters.AddWithValue("$cohorts", Cohorts);
        command.ExecuteNonQuery();
    }

    // Six courses of five modules (levels beginner to expert, each teaching two competences of its area), then learners, memberships, baselines and attempts
    // generated in SQL: seeding 2,000,000 rows through EF Core would take longer than the benchmark itself.
    private const string SeedSql = """
        INSERT INTO Organizations (Name, Location, Sectors, TargetGroups) VALUES ('City CSO', 'Ulaanbaatar', '', ''), ('Gobi CSO', 'Umnugobi', '', '');
        INSERT INTO Courses (Id, AreaId, TitleMn, TitleEn, DescriptionMn, DescriptionEn, IsPublished, Completion, MinLevel, PassMark, IssuesCertificatesAutomatically, Source)
        SELECT 'course-' || area, area, area, area, '', '', 1, 1, NULL, 70, 0, 0
        FROM (SELECT 'devices' AS area UNION ALL SELECT 'information' UNION ALL SELECT 'communication'
              UNION ALL SELECT 'content-creation' UNION ALL SELECT 'safety' UNION ALL SELECT 'problem-solving');
        INSERT INTO Modules (Id, CourseId, Position, FileStem, ArchivedAt, CurrentVersionId)
        WITH RECURSIVE p(position) AS (SELECT 1 UNION ALL SELECT position + 1 FROM p WHERE position < 5)
        SELECT c.Id || '-' || p.position, c.Id, p.position, 'm' || p.position, NULL, NULL FROM Courses c, p ORDER BY c.Id, p.position;
        INSERT INTO ModuleVersions (ModuleId, Number, ContentHash, Level, Competences, Minutes, Assets, CreatedAt, CreatedBy)
        SELECT m.Id, 1, hex(randomblob(16)), CASE m.Position WHEN 1 THEN 25 WHEN 2 THEN 25 WHEN 3 THEN 50 WHEN 4 THEN 75 ELSE 100 END,
            a.code || '.' || (1 + (m.Position - 1) % a.competences) || ',' || a.code || '.' || (1 + m.Position % a.competences), 20, '', '2026-01-01 00:00:00', NULL
        FROM Modules m JOIN Courses c ON c.Id = m.CourseId
        JOIN (SELECT 'devices' AS area, 0 AS code, 2 AS competences UNION ALL SELECT 'information', 1, 3 UNION ALL SELECT 'communication', 2, 6
              UNION ALL SELECT 'content-creation', 3, 4 UNION ALL SELECT 'safety', 4, 4 UNION ALL SELECT 'problem-solving', 5, 4) a ON a.area = c.AreaId
        ORDER BY m.rowid;
        UPDATE Modules SET CurrentVersionId = (SELECT v.Id FROM ModuleVersions v WHERE v.ModuleId = Modules.Id);
        INSERT INTO Cohorts (Name, OrganizationId, StartDate, EndDate, JoinCode, Reminders)
        WITH RECURSIVE c(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM c WHERE i < $cohorts)
        SELECT 'Cohort ' || i, NULL, '2026-01-01', '2026-12-31', 'JOIN' || i, '' FROM c;
        INSERT INTO AspNetUsers (Id, FullName, OrganizationId, PreferredLanguage, IsSuspended, CreatedAt, ReminderEmails, CertificateEmails, UserName, NormalizedUserName, Email, NormalizedEmail,
            EmailConfirmed, SecurityStamp, ConcurrencyStamp, PhoneNumberConfirmed, TwoFactorEnabled, LockoutEnabled, AccessFailedCount)
        WITH RECURSIVE n(i) AS (SELECT 0 UNION ALL SELECT i + 1 FROM n WHERE i + 1 < $learners)
        SELECT printf('%08d-0000-4000-8000-000000000000', i), 'Learner ' || i, 1 + i % 2, 'mn', 0, '2026-01-01 00:00:00', 0, 0,
            printf('l%06d@example.org', i), printf('L%06d@EXAMPLE.ORG', i), printf('l%06d@example.org', i), printf('L%06d@EXAMPLE.ORG', i),
            1, hex(randomblob(16)), hex(randomblob(16)), 0, 0, 1, 0
        FROM n;
        INSERT INTO CohortMembers (CohortId, LearnerId, JoinedAt)
        SELECT 1 + (rowid - 1) % $cohorts, Id, '2026-01-01 00:00:00' FROM AspNetUsers;
        INSERT INTO SelfAssessments (LearnerId, CohortId, Kind, TakenAt, Levels)
        SELECT Id, 1 + (rowid - 1) % $cohorts, 0, '2026-01-02 00:00:00',
            'devices=' || (CASE rowid % 5 WHEN 0 THEN 'none' WHEN 1 THEN 'beginner' WHEN 2 THEN 'intermediate' WHEN 3 THEN 'advanced' ELSE 'expert' END)
            || ';information=beginner;communication=intermediate;content-creation=none;safety=beginner;problem-solving='
            || (CASE rowid % 3 WHEN 0 THEN 'none' WHEN 1 THEN 'beginner' ELSE 'intermediate' END)
        FROM AspNetUsers;
        INSERT INTO QuizAttempts (LearnerId, ModuleId, VersionId, Language, Number, StartedAt, DeadlineAt, SubmittedAt, Layout, Answers, Percent, Passed, Stamp)
        WITH RECURSIVE j(k) AS (SELECT 0 UNION ALL SELECT k + 1 FROM j WHERE k + 1 < $attempts)
        SELECT u.Id, m.Id, m.CurrentVersionId, 'mn', 1, '2026-02-01 10:00:00', NULL, '2026-02-01 10:20:00', '[]', '{}',
            CASE WHEN (u.rowid + j.k) % 3 = 0 THEN '40' ELSE '85' END, (u.rowid + j.k) % 3 <> 0,
            upper(printf('%s-%s-4%s-8%s-%s', hex(randomblob(4)), hex(randomblob(2)), substr(hex(randomblob(2)), 2), substr(hex(randomblob(2)), 2), hex(randomblob(6))))
        FROM AspNetUsers u, j
        JOIN Modules m ON m.rowid = 1 + (u.rowid + j.k) % 30;
        """;
}
