using Dice.Lms.Domain.Certificates;
using Dice.Lms.Domain.Cohorts;
using Dice.Lms.Domain.Competences;
using Dice.Lms.Domain.Proficiency;
using Dice.Lms.Domain.Quizzes;
using Dice.Lms.Infrastructure;
using Dice.Lms.Infrastructure.Accounts;
using Dice.Lms.Infrastructure.Cohorts;
using Dice.Lms.Infrastructure.Content;
using Dice.Lms.Infrastructure.Data;
using Dice.Lms.Infrastructure.Email;
using Dice.Lms.Infrastructure.Options;
using Dice.Lms.Infrastructure.Proficiency;
using Dice.Lms.Infrastructure.Reminders;
using Dice.Lms.Infrastructure.Xapi;
using Dice.Lms.Web.Certification;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Dice.Lms.Web.CommandLine;

/// <summary>The command-line verbs of the operations contract. Each applies pending migrations first.</summary>
public static class LmsCommands
{
    public const string Usage = """
        Usage: Dice.Lms.Web [VERB ...] [--Section:Key=value ...]
          (no verb)                 start the site
          migrate                   apply migrations and exit
          users create --email E --name N --role learner|trainer|staff|admin [--password P] [--organization ORG] [--cohort C]
          cohorts create --name NAME [--organization ORG] [--start YYYY-MM-DD] [--end YYYY-MM-DD] [--course COURSE_ID ...]
          content validate [PATH]   check course content; one line per problem (path:line: message); exit 1 on any error
          content import [PATH]     import or update course content in the database
          content list --format json
          quiz convert FILE --from gift|aiken [--to markdown|json]
          reminders run [--as-of YYYY-MM-DD]
                                    queue the reminders due on that date (UTC; default today), each at most once;
                                    on Mondays also the weekly digests
          email drain               deliver what is waiting in the e-mail outbox now
          xapi drain                send what is waiting in the xAPI statement queue now; prints counts
          credentials rotate-key    make a new credential signing key; earlier credentials still verify
          baseline import FILE --cohort NAME
          proficiency compute
          proficiency report [--by area|competence] [--cohort NAME] [--format csv|json|pdf] [--out FILE]
          certificates issue --email E --course COURSE_ID
                                    issue a certificate and print its verification code; exit 1 with the reason when
                                    the learner has not completed the course
          database copy --to-provider Sqlite|SqlServer|PostgreSql --to CONNECTION_STRING
                                    copy every table into an empty database (migrated first); progress on stderr;
                                    exit 0 only when row counts and checksums match
        """;

    public static async Task<int> RunAsync(IServiceProvider services, string[] verb, TextWriter output, TextWriter error)
    {
        try
        {
            await using var scope = services.CreateAsyncScope();
            var provider = scope.ServiceProvider;
            Func<Task<int>> run = (verb[0], verb.ElementAtOrDefault(1)) switch
            {
                ("migrate", _) => () => Task.FromResult(0),
                ("users", "create") => () => CreateUserAsync(provider, VerbOptions.Parse(verb.Skip(2), "email", "name", "role", "password", "organization", "cohort"), output),
                ("cohorts", "create") => () => CreateCohortAsync(provider, VerbOptions.Parse(verb.Skip(2), "name", "organization", "start", "end", "course"), output),
                ("content", "validate") => () => ValidateContentAsync(provider, VerbOptions.Parse(verb.Skip(2)), output, error),
                ("content", "import") => () => ImportContentAsync(provider, VerbOptions.Parse(verb.Skip(2)), output, error),
                ("content", "list") => () => ListContentAsync(provider, VerbOptions.Parse(verb.Skip(2), "format"), output),
                ("quiz", "convert") => () => ConvertQuizAsync(VerbOptions.Parse(verb.Skip(2), "from", "to"), output, error),
                ("email", "drain") => () => DrainEmailAsync(provider, output),
                ("xapi", "drain") => () => DrainXapiAsync(provider, output),
                ("credentials", "rotate-key") => () => RotateCredentialKeyAsync(provider, output),
                ("reminders", "run") => () => RunRemindersAsync(provider, VerbOptions.Parse(verb.Skip(2), "as-of"), output),
                ("baseline", "import") => () => ImportBaselineAsync(provider, VerbOptions.Parse(verb.Skip(2), "cohort"), output, error),
                ("proficiency", "compute") => () => ComputeProficiencyAsync(provider, output),
                ("proficiency", "report") => () => ReportProficiencyAsync(provider, VerbOptions.Parse(verb.Skip(2), "cohort", "format", "by", "out"), output),
                ("certificates", "issue") => () => IssueCertificateAsync(provider, VerbOptions.Parse(verb.Skip(2), "email", "course"), output, error),
                ("database", "copy") => () => CopyDatabaseAsync(provider, VerbOptions.Parse(verb.Skip(2), "to-provider", "to"), output, error),
                ("help" or "--help", _) => () =>
                {
                    output.WriteLine(Usage);
                    return Task.FromResult(0);
                },
                _ => throw new CommandLineException($"unknown command '{string.Join(' ', verb)}'{Environment.NewLine}{Usage}"),
            };

            await provider.GetRequiredService<DatabaseInitializer>().InitializeAsync();
            return await run();
        }
        catch (Exception e) when (e is CommandLineException or ArgumentException)
        {
            await error.WriteLineAsync(e.Message);
            return 1;
        }
    }

    private static async Task<int> CopyDatabaseAsync(IServiceProvider services, VerbOptions options, TextWriter output, TextWriter error)
    {
        var to = options.Required("to");
        if (!Enum.TryParse<DatabaseProvider>(options.Required("to-provider"), ignoreCase: true, out var kind) || !Enum.IsDefined(kind))
        {
            throw new CommandLineException("--to-provider must be Sqlite, SqlServer or PostgreSql");
        }

        if (await DatabaseConnection.ProblemAsync(kind, to, "--to") is { } problem)
        {
            throw new CommandLineException(problem);
        }

        await using var target = DatabaseCopy.CreateContext(kind, to);
        IReadOnlyList<DatabaseCopy.TableResult> results;
        try
        {
            results = await new DatabaseCopy(services.GetRequiredService<LmsDbContext>(), error).CopyToAsync(target);
        }
        catch (TargetNotEmptyException e)
        {
            throw new CommandLineException(e.Message);
        }

        foreach (var different in results.Where(r => !r.Matches))
        {
            await error.WriteLineAsync($"{different.Table}: {different.SourceRows} rows here, {different.TargetRows} in the copy; checksums {different.SourceChecksum} and {different.TargetChecksum}");
        }

        var matching = results.All(r => r.Matches);
        await output.WriteLineAsync($"{results.Count} tables, {results.Sum(r => r.SourceRows)} rows copied to {kind}; " +
            (matching ? "row counts and checksums match" : "some tables differ (above)"));
        return matching ? 0 : 1;
    }

    private static string ContentFolder(IServiceProvider services, VerbOptions options) =>
        options.Positional.Count > 0
            ? Path.GetFullPath(options.Positional[0])
            : services.GetRequiredService<LmsPaths>().Content(services.GetRequiredService<IOptions<LmsOptions>>().Value.Content.Path);

    private static async Task<int> ValidateContentAsync(IServiceProvider services, VerbOptions options, TextWriter output, TextWriter error)
    {
        var folder = ContentFolder(services, options);
        if (!Directory.Exists(folder))
        {
            throw new CommandLineException($"no content folder at {folder}");
        }

        var problems = ContentValidator.Validate(folder, services.GetRequiredService<TimeProvider>());
        foreach (var problem in problems)
        {
            await output.WriteLineAsync(problem.ToString());
        }

        var errors = problems.Count(p => p.IsError);
        await error.WriteLineAsync($"{errors} error(s), {problems.Count - errors} warning(s) in {folder}");
        return errors > 0 ? 1 : 0;
    }

    private static async Task<int> ImportContentAsync(IServiceProvider services, VerbOptions options, TextWriter output, TextWriter error)
    {
        var folder = ContentFolder(services, options);
        if (!Directory.Exists(folder))
        {
            throw new CommandLineException($"no content folder at {folder}");
        }

        var report = await services.GetRequiredService<ContentImport>().ImportAsync(folder);
        foreach (var problem in report.Problems.Where(p => p.IsError))
        {
            await error.WriteLineAsync(problem.ToString());
        }

        foreach (var refused in report.Refused)
        {
            await error.WriteLineAsync($"course {refused} has errors: not imported, its last good version stays");
        }

        foreach (var conflict in report.Conflicts)
        {
            await error.WriteLineAsync($"course {conflict} was edited in the browser: content/ does not overwrite it");
        }

        await output.WriteLineAsync($"imported {report.Courses} course(s): {report.VersionsAdded} new module version(s), {report.ModulesArchived} module(s) archived");
        return report.Refused.Count + report.Conflicts.Count > 0 ? 1 : 0;
    }

    private static async Task<int> ListContentAsync(IServiceProvider services, VerbOptions options, TextWriter output)
    {
        if (options.Get("format") is not (null or "json"))
        {
            throw new CommandLineException("--format must be json");
        }

        await output.WriteLineAsync(ContentCatalogJson.Write(await Catalog.ReadAsync(services.GetRequiredService<LmsDbContext>(), services.GetRequiredService<ModuleVersionCache>())));
        return 0;
    }

    /// <summary>Prints the quiz block (or JSON); problems go to stderr with their line, and make the exit code 1.</summary>
    private static async Task<int> ConvertQuizAsync(VerbOptions options, TextWriter output, TextWriter error)
    {
        var file = options.Positional.Count == 1 ? options.Positional[0] : throw new CommandLineException("quiz convert needs one FILE");
        if (!File.Exists(file))
        {
            throw new CommandLineException($"no file {file}");
        }

        var result = options.Required("from").ToLowerInvariant() switch
        {
            "gift" => GiftParser.Parse(await File.ReadAllTextAsync(file)),
            "aiken" => AikenParser.Parse(await File.ReadAllTextAsync(file)),
            var other => throw new CommandLineException($"--from must be gift or aiken, not '{other}'"),
        };
        switch ((options.Get("to") ?? "markdown").ToLowerInvariant())
        {
            case "json":
                await output.WriteLineAsync(QuizConversion.ToJson(result));
                break;
            case "markdown":
                await output.WriteAsync(QuizConversion.ToMarkdown(result.Questions));
                break;
            case var other:
                throw new CommandLineException($"--to must be markdown or json, not '{other}'");
        }

        foreach (var problem in result.Errors)
        {
            await error.WriteLineAsync($"{Path.GetFileName(file)}:{problem.Line}: {problem.Message}");
        }

        return result.Errors.Count > 0 ? 1 : 0;
    }

    private static async Task<int> DrainXapiAsync(IServiceProvider services, TextWriter output)
    {
        if (!services.GetRequiredService<IOptions<LmsOptions>>().Value.Xapi.IsEnabled)
        {
            throw new CommandLineException("no learning record store is configured (Lms:Xapi:Endpoint): nothing is queued or sent");
        }

        var result = await services.GetRequiredService<XapiDeliveryJob>().DrainAsync(CancellationToken.None);
        await output.WriteLineAsync($"sent {result.Sent} statement(s); {result.Failed} failed this time, {result.Waiting} waiting");
        return result.Failed > 0 ? 1 : 0;
    }

    private static Task<int> RotateCredentialKeyAsync(IServiceProvider services, TextWriter output)
    {
        var keyId = services.GetRequiredService<Dice.Lms.Infrastructure.Credentials.CredentialKeys>().Rotate();
        output.WriteLine(services.GetRequiredService<Dice.Lms.Infrastructure.Credentials.CredentialSigner>().KeyUrl(keyId));
        return Task.FromResult(0);
    }

    private static async Task<int> DrainEmailAsync(IServiceProvider services, TextWriter output)
    {
        var sent = await services.GetRequiredService<EmailDeliveryJob>().RunAsync(CancellationToken.None);
        var db = services.GetRequiredService<LmsDbContext>();
        var waiting = await db.OutboxEmails.CountAsync(e => e.Status == Dice.Lms.Domain.Email.OutboxStatus.Pending);
        var failed = await db.OutboxEmails.CountAsync(e => e.Status == Dice.Lms.Domain.Email.OutboxStatus.Failed);
        var unconfirmed = await db.OutboxEmails.CountAsync(e => e.Status == Dice.Lms.Domain.Email.OutboxStatus.Unconfirmed);
        await output.WriteLineAsync($"sent {sent} e-mail(s); {waiting} waiting for a retry, {failed} failed for good, {unconfirmed} unconfirmed (delivery interrupted)");
        return 0;
    }

    private static async Task<int> RunRemindersAsync(IServiceProvider services, VerbOptions options, TextWriter output)
    {
        var result = await services.GetRequiredService<ReminderJob>().RunAsync(options.Date("as-of"), CancellationToken.None);
        await output.WriteLineAsync($"queued {result.Queued} reminder(s), kept {result.ForDigest} for the weekly digest, queued {result.Digests} digest(s)");
        return 0;
    }

    private static async Task<int> ImportBaselineAsync(IServiceProvider services, VerbOptions options, TextWriter output, TextWriter error)
    {
        var file = options.Positional.Count == 1 ? options.Positional[0] : throw new CommandLineException("baseline import needs one FILE");
        if (!File.Exists(file))
        {
            throw new CommandLineException($"no file {file}");
        }

        var (imported, errors) = await services.GetRequiredService<BaselineImport>().ImportAsync(await File.ReadAllTextAsync(file), options.Required("cohort"));
        foreach (var problem in errors)
        {
            await error.WriteLineAsync(problem.ToString());
        }

        if (errors.Count > 0)
        {
            await error.WriteLineAsync("nothing was imported");
            return 1;
        }

        await output.WriteLineAsync($"imported the baseline of {imported} learner(s)");
        return 0;
    }

    private static async Task<int> ComputeProficiencyAsync(IServiceProvider services, TextWriter output)
    {
        var cohorts = await services.GetRequiredService<ProficiencyJob>().RunAsync(CancellationToken.None);
        await output.WriteLineAsync($"computed proficiency for {cohorts} cohort(s)");
        return 0;
    }

    /// <summary>Prints the verification code; a learner who has not completed the course gets every reason on stderr.</summary>
    private static async Task<int> IssueCertificateAsync(IServiceProvider services, VerbOptions options, TextWriter output, TextWriter error)
    {
        var email = options.Required("email");
        var courseId = options.Required("course");
        var db = services.GetRequiredService<LmsDbContext>();
        var normalized = email.Trim().ToUpperInvariant();
        var learner = await db.Users.Where(u => u.NormalizedEmail == normalized).Select(u => new { u.Id }).SingleOrDefaultAsync()
            ?? throw new CommandLineException($"no user with the e-mail {email}");
        if (!await db.Courses.AnyAsync(c => c.Id == courseId))
        {
            throw new CommandLineException($"no course with the id '{courseId}' (see `content list --format json`)");
        }

        var result = await services.GetRequiredService<CertificateIssuing>()
            .IssueAsync(learner.Id, courseId, Certificate.CommandLineActor);
        switch (result.Outcome)
        {
            case IssueOutcome.NotEligible:
                await error.WriteLineAsync($"{email} has not completed {courseId}; no certificate was issued:");
                foreach (var missing in result.Eligibility!.Missing)
                {
                    await error.WriteLineAsync($"  {missing}");
                }

                return 1;
            case IssueOutcome.AlreadyIssued:
                await error.WriteLineAsync($"{email} already has a certificate for {courseId} ({result.Certificate!.Status.ToString().ToLowerInvariant()}, issued {result.Certificate.IssuedAt:yyyy-MM-dd})");
                break;
        }

        await output.WriteLineAsync(VerificationCode.Format(result.Code!));
        return 0;
    }

    /// <summary>The latest snapshot of each cohort (or of one), per area or per competence, in the contract's CSV shape or as JSON.</summary>
    private static async Task<int> ReportProficiencyAsync(IServiceProvider services, VerbOptions options, TextWriter output)
    {
        var db = services.GetRequiredService<LmsDbContext>();
        var name = options.Get("cohort");
        var by = options.Get("by") ?? "area";
        if (by is not ("area" or "competence"))
        {
            throw new CommandLineException($"--by must be area or competence, not '{by}'");
        }

        var format = options.Get("format") ?? "csv";
        if (format is not ("csv" or "json" or "pdf"))
        {
            throw new CommandLineException($"--format must be csv, json or pdf, not '{format}'");
        }

        var cohorts = await db.Cohorts.Where(c => name == null || c.Name == name).OrderBy(c => c.Name).Select(c => new { c.Id, c.Name }).ToListAsync();
        if (name is not null && cohorts.Count == 0)
        {
            throw new CommandLineException($"no cohort named '{name}'");
        }

        if (format == "pdf")
        {
            var file = options.Required("out");
            var report = await ProgrammeReport.BuildAsync(db, [.. cohorts.Select(c => c.Id)], name ?? "Бүх бүлэг / All cohorts");
            await File.WriteAllBytesAsync(file, services.GetRequiredService<ProgrammeReportPdf>().Render(report));
            await output.WriteLineAsync($"wrote the programme report to {file}");
            return 0;
        }

        var areas = new List<ReportRow>();
        var competences = new List<CompetenceReportRow>();
        foreach (var cohort in cohorts)
        {
            var latest = await db.ProficiencySnapshots.Where(s => s.CohortId == cohort.Id).MaxAsync(s => (DateOnly?)s.Date);
            if (latest is null)
            {
                throw new CommandLineException($"cohort '{cohort.Name}' has no proficiency yet: run `proficiency compute` first");
            }

            var day = await db.ProficiencySnapshots.Where(s => s.CohortId == cohort.Id && s.Date == latest && s.Location == ProficiencySnapshot.WholeCohort).ToListAsync();
            areas.AddRange(CohortReport.FromSnapshots(cohort.Name, day));
            competences.AddRange(CompetenceReport.FromSnapshots(cohort.Name, day));
        }

        await output.WriteAsync((by, format) switch
        {
            ("area", "csv") => CohortReport.ToCsv(areas),
            ("area", _) => CohortReport.ToJson(areas) + "\n",
            (_, "csv") => CompetenceReport.ToCsv(competences),
            _ => CompetenceReport.ToJson(competences) + "\n",
        });
        return 0;
    }

    private static async Task<int> CreateUserAsync(IServiceProvider services, VerbOptions options, TextWriter output)
    {
        var request = new AccountRequest(
            options.Required("email"),
            options.Required("name"),
            options.Required("role"),
            options.Get("password"),
            options.Get("organization"),
            options.Get("cohort"),
            EmailConfirmed: true);
        var result = await services.GetRequiredService<UserAccounts>().CreateOrUpdateAsync(request);
        if (!result.Succeeded)
        {
            throw new CommandLineException(string.Join(Environment.NewLine, result.Errors));
        }

        await output.WriteLineAsync($"{(result.Created ? "created" : "updated")} {request.Email} ({request.Role})");
        return 0;
    }

    private static async Task<int> CreateCohortAsync(IServiceProvider services, VerbOptions options, TextWriter output)
    {
        var db = services.GetRequiredService<LmsDbContext>();
        var name = options.Required("name").Trim();
        var start = options.Date("start");
        var end = options.Date("end");
        if (start is { } s && end is { } e && e < s)
        {
            throw new CommandLineException("--end is before --start");
        }

        var courseIds = options.GetAll("course").SelectMany(c => c.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)).ToList();
        var known = await db.Courses.Where(c => courseIds.Contains(c.Id)).Select(c => c.Id).ToListAsync();
        var unknown = courseIds.Except(known).ToList();
        if (unknown.Count > 0)
        {
            throw new CommandLineException($"unknown course id(s): {string.Join(", ", unknown)} (see `content list --format json`)");
        }

        await using var transaction = await db.Database.BeginTransactionAsync();
        var organization = await services.GetRequiredService<UserAccounts>().FindOrCreateOrganizationAsync(options.Get("organization"));
        var cohort = await db.Cohorts.Include(c => c.Courses).Include(c => c.Members).SingleOrDefaultAsync(c => c.Name == name);
        var created = cohort is null;
        if (cohort is null)
        {
            cohort = new Cohort(name, organization?.Id, start, end, JoinCodes.New());
            db.Cohorts.Add(cohort);
        }
        else
        {
            cohort.Update(name, organization?.Id ?? cohort.OrganizationId, start ?? cohort.StartDate, end ?? cohort.EndDate);
        }

        if (courseIds.Count > 0)
        {
            cohort.AssignCourses(courseIds);
        }

        await db.SaveChangesAsync();
        await services.GetRequiredService<CohortEnrollment>().EnrollMembersAsync(cohort);
        await db.SaveChangesAsync();
        await transaction.CommitAsync();
        await output.WriteLineAsync($"{(created ? "created" : "updated")} cohort '{cohort.Name}' (join code {cohort.JoinCode}, {cohort.Courses.Count} course(s))");
        return 0;
    }
}
