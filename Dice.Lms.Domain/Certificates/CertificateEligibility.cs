using Dice.Lms.Domain.Competences;
using Dice.Lms.Domain.Courses;

namespace Dice.Lms.Domain.Certificates;

/// <summary>
/// The completion rule of a course (docs/certificates.md): every current module completed; with
/// <see cref="CompletionRule.ModulesAndQuizzes"/> also every current module's quiz passed at its pass mark; and, when
/// the course sets a minimum level, that level demonstrated in the course's area.
/// </summary>
public static class CertificateEligibility
{
    public static Eligibility Decide(CompletionRule rule, ProficiencyLevel? minLevel, IEnumerable<ModuleStanding> modules, ProficiencyLevel demonstrated)
    {
        ArgumentNullException.ThrowIfNull(modules);
        var standings = modules.ToList();
        var missing = new List<MissingRequirement>();
        if (standings.Count == 0)
        {
            // A course without modules is never "completed": there would be nothing the certificate stands for.
            missing.Add(new MissingRequirement(MissingKind.NoModules));
        }

        foreach (var module in standings)
        {
            if (!module.Completed)
            {
                missing.Add(new MissingRequirement(MissingKind.ModuleNotCompleted, module.ModuleId, module.Title));
            }

            if (rule == CompletionRule.ModulesAndQuizzes && module.HasQuiz && !module.QuizPassed)
            {
                missing.Add(new MissingRequirement(MissingKind.QuizNotPassed, module.ModuleId, module.Title));
            }
        }

        if (minLevel is { } level && demonstrated < level)
        {
            missing.Add(new MissingRequirement(MissingKind.LevelNotReached, Level: level));
        }

        return new Eligibility(missing);
    }
}
