using Dice.Lms.Infrastructure;
using Dice.Lms.Infrastructure.Data;
using Dice.Lms.Web;
using Dice.Lms.Web.CommandLine;

// A verb (`migrate`, `users create`, …) runs a command instead of the site; --Section:Key=value stays configuration.
var arguments = LmsArguments.Split(args);
var builder = WebApplication.CreateBuilder(arguments.Configuration);
if (arguments.Verb.Length > 0)
{
    // A verb's stdout is its result (JSON, a quiz block): logs go to stderr, and only warnings.
    builder.Logging.AddConsole(o => o.LogToStandardErrorThreshold = LogLevel.Trace).SetMinimumLevel(LogLevel.Warning);
}

// A malformed or unreachable database stops here with one plain line naming ConnectionStrings:Lms, not a stack trace.
if (await DatabaseConnection.ProblemAsync(builder.Configuration) is { } databaseProblem)
{
    await Console.Error.WriteLineAsync(databaseProblem);
    return 1;
}

// Services: infrastructure (database, identity, jobs, e-mail), then the web layer (MVC, localization, security).
builder.Services.AddLmsInfrastructure(builder.Configuration, builder.Environment);
builder.Services.AddLmsWeb(builder.Environment);

var app = builder.Build();

if (arguments.Verb.Length > 0)
{
    return await LmsCommands.RunAsync(app.Services, arguments.Verb, Console.Out, Console.Error);
}

// Database schema, roles, course content and (in Development) demo accounts before the first request.
await app.PrepareAsync();

// Request pipeline: errors, security headers, static files, language, sign-in, MVC.
app.UseLmsPipeline();
await app.RunAsync();
return 0;

/// <summary>Lets WebApplicationFactory find the entry point.</summary>
public partial class Program;
