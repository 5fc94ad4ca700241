using Dice.Lms.Domain.Certificates;
using Dice.Lms.Infrastructure.Data;
using Dice.Lms.Web.Certification;
using Microsoft.EntityFrameworkCore;

namespace Dice.Lms.Web.CommandLine;

/// <summary>Command line: `certificates issue`.</summary>
internal static class CertificateVerbs
{
    /// <summary>Prints the verification code; a learner who has not completed the course gets every reason on stderr.</summary>
    internal static async Task<int> IssueCertificateAsync(IServiceProvider services, VerbOptions options, TextWriter output, TextWriter error)
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
}
