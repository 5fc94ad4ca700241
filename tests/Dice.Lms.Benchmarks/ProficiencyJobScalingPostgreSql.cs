using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Engines;
using Dice.Lms.Infrastructure.Data;
using Dice.Lms.Infrastructure.Proficiency;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace Dice.Lms.Benchmarks;

/// <summary>
/// <see cref="ProficiencyJobScaling"/> on PostgreSQL: the same data set (learners in 10 cohorts from two locations, a
/// baseline each, 20 quiz attempts per learner, two in three passed) in a new database on the server named by
/// DICE_TEST_POSTGRES, which scripts/with-postgres.sh starts:
/// <c>scripts/with-postgres.sh dotnet run -c Release --project tests/Dice.Lms.Benchmarks -- --filter '*ProficiencyJobScalingPostgreSql*'</c>.
/// </summary>
[MemoryDiagnoser]
[SimpleJob(RunStrategy.Monitoring, launchCount: 1, warmupCount: 1, iterationCount: 3)]
public class ProficiencyJobScalingPostgreSql
{
    private const int AttemptsPerLearner = 20;
    private const int Cohorts = 10;
    private string _server = "";
    private string _database = "";
    private DbContextOptions<PostgreSqlLmsDbContext> _options = null!;

    [Params(100_000)]
    public int Learners { get; set; }

    [GlobalSetup]
    public void Seed()
    {
        _server = Environment.GetEnvironmentVariable("DICE_TEST_POSTGRES")
            ?? throw new InvalidOperationException("DICE_TEST_POSTGRES is not set: run through scripts/with-postgres.sh");
        _database = "dice_bench_" + Guid.NewGuid().ToString("N");
        var connectionString = new NpgsqlConnectionStringBuilder(_server) { Database = _database }.ConnectionString;
        _options = new DbContextOptionsBuilder<PostgreSqlLmsDbContext>()
            .UseNpgsql(connectionString, x => x.UseQuerySplittingBehavior(QuerySplittingBehavior.SplitQuery)).Options;
        using (var db = new PostgreSqlLmsDbContext(_options))
        {
            db.Database.Migrate();
        }

        using var connection = new NpgsqlConnection(connectionString);
        connection.Open();
        using (var transaction = connection.BeginTransaction())
        {
            Execute(connection, SeedSql, transaction);
            transaction.Commit();
        }

        Execute(connection, "VACUUM ANALYZE;");
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        NpgsqlConnection.ClearAllPools();
        using var connection = new NpgsqlConnection(_server);
        connection.Open();
        Execute(connection, $"DROP DATABASE IF EXISTS \"{_database}\" WITH (FORCE);");
    }

    [Benchmark(Description = "proficiency job, all cohorts (PostgreSQL)")]
    public async Task<int> RunJob()
    {
        await using var db = new PostgreSqlLmsDbContext(_options);
        return await new ProficiencyJob(db, TimeProvider.System).RunAsync(CancellationToken.None);
    }

    private void Execute(NpgsqlConnection connection, string sql, NpgsqlTransaction? transaction = null)
    {
        using var command = new NpgsqlCommand(sql, connection, transaction);
        command.CommandTimeout = 0;
        command.Parameters.AddWithValue("learners", Learners);
        command.Parameters.AddWithValue("attempts", AttemptsPerLearner);
        command.Parameters.AddWithValue("cohorts", Cohorts);
        command.ExecuteNonQuery();
    }

    // The rows of ProficiencyJobScaling.SeedSql in PostgreSQL's dialect: learner n (0-based) is the SQLite rowid n + 1,
    // module version v (1 to 30, in course and position order) the SQLite module rowid v.
    private const string SeedSql = """
        CREATE TEMP TABLE n AS SELECT i, i + 1 AS r, lpad(i::text, 8, '0') || '-0000-4000-8000-000000000000' AS id FROM generate_series(0, @learners - 1) i;
        INSERT INTO "Organizations" ("Name", "Location", "Sectors", "TargetGroups") VALUES ('City CSO', 'Ulaanbaatar', '', ''), ('Gobi CSO', 'Umnugobi', '', '');
        INSERT INTO "Courses" ("Id", "AreaId", "TitleMn", "TitleEn", "DescriptionMn", "DescriptionEn", "IsPublished", "Completion", "MinLevel", "PassMark", "IssuesCertificatesAutomatically", "Source")
        SELECT 'course-' || area, area, area, area, '', '', true, 1, NULL, 70, false, 0
        FROM unnest(ARRAY['devices', 'information', 'communication', 'content-creation', 'safety', 'problem-solving']) AS a(area);
        INSERT INTO "Modules" ("Id", "CourseId", "Position", "FileStem", "ArchivedAt", "CurrentVersionId")
        SELECT c."Id" || '-' || p, c."Id", p, 'm' || p, NULL, NULL FROM "Courses" c, generate_series(1, 5) p;
        INSERT INTO "ModuleVersions" ("ModuleId", "Number", "ContentHash", "Level", "Competences", "Minutes", "Assets", "CreatedAt", "CreatedBy")
        SELECT m."Id", 1, md5(random()::text), CASE m."Position" WHEN 1 THEN 25 WHEN 2 THEN 25 WHEN 3 THEN 50 WHEN 4 THEN 75 ELSE 100 END,
            a.code || '.' || (1 + (m."Position" - 1) % a.competences) || ',' || a.code || '.' || (1 + m."Position" % a.competences), 20, '', '2026-01-01 00:00:00+00', NULL
        FROM "Modules" m JOIN "Courses" c ON c."Id" = m."CourseId"
        JOIN (VALUES ('devices', 0, 2), ('information', 1, 3), ('communication', 2, 6), ('content-creation', 3, 4), ('safety', 4, 4), ('problem-solving', 5, 4)) a(area, code, competences) ON a.area = c."AreaId"
        ORDER BY m."Id" COLLATE "C";
        UPDATE "Modules" m SET "CurrentVersionId" = v."Id" FROM "ModuleVersions" v WHERE v."ModuleId" = m."Id";
        INSERT INTO "Cohorts" ("Name", "OrganizationId", "StartDate", "EndDate", "JoinCode", "Reminders")
        SELECT 'Cohort ' || i, NULL, DATE '2026-01-01', DATE '2026-12-31', 'JOIN' || i, '' FROM generate_series(1, @cohorts) i;
        INSERT INTO "AspNetUsers" ("Id", "FullName", "OrganizationId", "PreferredLanguage", "IsSuspended", "CreatedAt", "ReminderEmails", "CertificateEmails", "UserName", "NormalizedUserName", "Email", "NormalizedEmail",
            "EmailConfirmed", "SecurityStamp", "ConcurrencyStamp", "PhoneNumberConfirmed", "TwoFactorEnabled", "LockoutEnabled", "AccessFailedCount")
        SELECT id, 'Learner ' || i, 1 + i % 2, 'mn', false, '2026-01-01 00:00:00+00', 0, 0,
            format('l%s@example.org', lpad(i::text, 6, '0')), format('L%s@EXAMPLE.ORG', lpad(i::text, 6, '0')),
            format('l%s@example.org', lpad(i::text, 6, '0')), format('L%s@EXAMPLE.ORG', lpad(i::text, 6, '0')),
            true, upper(md5(random()::text)), upper(md5(random()::text)), false, false, true, 0
        FROM n ORDER BY i;
        INSERT INTO "CohortMembers" ("CohortId", "LearnerId", "JoinedAt")
        SELECT 1 + (r - 1) % @cohorts, id, '2026-01-01 00:00:00+00' FROM n;
        INSERT INTO "SelfAssessments" ("LearnerId", "CohortId", "Kind", "TakenAt", "Levels")
        SELECT id, 1 + (r - 1) % @cohorts, 0, '2026-01-02 00:00:00+00',
            'devices=' || (CASE r % 5 WHEN 0 THEN 'none' WHEN 1 THEN 'beginner' WHEN 2 THEN 'intermediate' WHEN 3 THEN 'advanced' ELSE 'expert' END)
            || ';information=beginner;communication=intermediate;content-creation=none;safety=beginner;problem-solving='
            || (CASE r % 3 WHEN 0 THEN 'none' WHEN 1 THEN 'beginner' ELSE 'intermediate' END)
        FROM n ORDER BY i;
        INSERT INTO "QuizAttempts" ("LearnerId", "ModuleId", "VersionId", "Language", "Number", "StartedAt", "DeadlineAt", "SubmittedAt", "Layout", "Answers", "Percent", "Passed", "Stamp")
        SELECT n.id, v."ModuleId", v."Id", 'mn', 1, '2026-02-01 10:00:00+00', NULL, '2026-02-01 10:20:00+00', '[]', '{}',
            CASE WHEN (n.r + k) % 3 = 0 THEN 40 ELSE 85 END, (n.r + k) % 3 <> 0, gen_random_uuid()
        FROM n CROSS JOIN generate_series(0, @attempts - 1) k
        JOIN "ModuleVersions" v ON v."Id" = 1 + (n.r + k) % 30
        ORDER BY n.i, k;
        DROP TABLE n;
        """;
}
