using Dice.Lms.Infrastructure.Data;

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
                ("users", "create") => () => UserVerbs.CreateUserAsync(provider, VerbOptions.Parse(verb.Skip(2), "email", "name", "role", "password", "organization", "cohort"), output),
                ("cohorts", "create") => () => CohortVerbs.CreateCohortAsync(provider, VerbOptions.Parse(verb.Skip(2), "name", "organization", "start", "end", "course"), output),
                ("content", "validate") => () => ContentVerbs.ValidateContentAsync(provider, VerbOptions.Parse(verb.Skip(2)), output, error),
                ("content", "import") => () => ContentVerbs.ImportContentAsync(provider, VerbOptions.Parse(verb.Skip(2)), output, error),
                ("content", "list") => () => ContentVerbs.ListContentAsync(provider, VerbOptions.Parse(verb.Skip(2), "format"), output),
                ("quiz", "convert") => () => QuizVerbs.ConvertQuizAsync(VerbOptions.Parse(verb.Skip(2), "from", "to"), output, error),
                ("email", "drain") => () => EmailVerbs.DrainEmailAsync(provider, output),
                ("xapi", "drain") => () => XapiVerbs.DrainXapiAsync(provider, output),
                ("credentials", "rotate-key") => () => CredentialVerbs.RotateCredentialKeyAsync(provider, output),
                ("reminders", "run") => () => ReminderVerbs.RunRemindersAsync(provider, VerbOptions.Parse(verb.Skip(2), "as-of"), output),
                ("baseline", "import") => () => BaselineVerbs.ImportBaselineAsync(provider, VerbOptions.Parse(verb.Skip(2), "cohort"), output, error),
                ("proficiency", "compute") => () => ProficiencyVerbs.ComputeProficiencyAsync(provider, output),
                ("proficiency", "report") => () => ProficiencyVerbs.ReportProficiencyAsync(provider, VerbOptions.Parse(verb.Skip(2), "cohort", "format", "by", "out"), output),
                ("certificates", "issue") => () => CertificateVerbs.IssueCertificateAsync(provider, VerbOptions.Parse(verb.Skip(2), "email", "course"), output, error),
                ("database", "copy") => () => DatabaseVerbs.CopyDatabaseAsync(provider, VerbOptions.Parse(verb.Skip(2), "to-provider", "to"), output, error),
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
}
