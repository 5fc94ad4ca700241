using Dice.Lms.Domain.Certificates;
using Dice.Lms.Domain.Courses;
using static Dice.Lms.Domain.Competences.ProficiencyLevel;

namespace Dice.Lms.Domain.Tests.Certificates;

public sealed class CertificateEligibilityDecide
{
    private static ModuleStanding Done(string id, bool hasQuiz = true, bool passed = true) => new(id, "Module " + id, true, hasQuiz, passed);

    [Test]
    public void IsEligibleWhenEveryModuleIsCompletedAndEveryQuizPassed()
    {
        var result = CertificateEligibility.Decide(CompletionRule.ModulesAndQuizzes, null, [Done("a"), Done("b"), Done("c", hasQuiz: false, passed: false)], None);
        Assert.That(result.IsEligible, Is.True);
        Assert.That(result.Missing, Is.Empty);
    }

    [Test]
    public void NamesEveryModuleNotCompleted()
    {
        var result = CertificateEligibility.Decide(CompletionRule.Modules, null, [Done("a"), new("b", "Passwords", false, false, false), new("c", "Phishing", false, true, true)], None);
        Assert.That(result.IsEligible, Is.False);
        Assert.That(result.Missing.Select(m => (m.Kind, m.ModuleId)), Is.EqualTo(new[] { (MissingKind.ModuleNotCompleted, "b"), (MissingKind.ModuleNotCompleted, "c") }));
        Assert.That(result.Missing[0].ToString(), Is.EqualTo("module b (Passwords) not completed"));
    }

    [Test]
    public void AFailedQuizHoldsBackOnlyWhenTheRuleCountsQuizzes()
    {
        ModuleStanding[] modules = [Done("a"), Done("b", passed: false)];
        Assert.That(CertificateEligibility.Decide(CompletionRule.Modules, null, modules, None).IsEligible, Is.True);
        var withQuizzes = CertificateEligibility.Decide(CompletionRule.ModulesAndQuizzes, null, modules, None);
        Assert.That(withQuizzes.Missing.Single().Kind, Is.EqualTo(MissingKind.QuizNotPassed));
        Assert.That(withQuizzes.Missing.Single().ToString(), Is.EqualTo("quiz of module b (Module b) not passed"));
    }

    [Test]
    public void AModuleWithoutAQuizNeedsNoPass()
    {
        Assert.That(CertificateEligibility.Decide(CompletionRule.ModulesAndQuizzes, null, [Done("a", hasQuiz: false, passed: false)], None).IsEligible, Is.True);
    }

    [Test]
    public void AMinimumLevelMustBeDemonstrated()
    {
        ModuleStanding[] modules = [Done("a")];
        var below = CertificateEligibility.Decide(CompletionRule.ModulesAndQuizzes, Intermediate, modules, Beginner);
        Assert.That(below.Missing.Single().Kind, Is.EqualTo(MissingKind.LevelNotReached));
        Assert.That(below.Missing.Single().ToString(), Is.EqualTo("level intermediate not demonstrated in the course's area"));
        Assert.That(CertificateEligibility.Decide(CompletionRule.ModulesAndQuizzes, Intermediate, modules, Intermediate).IsEligible, Is.True);
        Assert.That(CertificateEligibility.Decide(CompletionRule.ModulesAndQuizzes, Intermediate, modules, Expert).IsEligible, Is.True);
    }

    [Test]
    public void ACourseWithoutModulesIsNeverCompleted()
    {
        var result = CertificateEligibility.Decide(CompletionRule.Modules, null, [], Expert);
        Assert.That(result.Missing.Single().Kind, Is.EqualTo(MissingKind.NoModules));
    }

    [Test]
    public void ListsEverythingMissingAtOnce()
    {
        var result = CertificateEligibility.Decide(CompletionRule.ModulesAndQuizzes, Advanced, [new("a", "A", false, true, false)], None);
        Assert.That(result.Missing.Select(m => m.Kind), Is.EqualTo(new[] { MissingKind.ModuleNotCompleted, MissingKind.QuizNotPassed, MissingKind.LevelNotReached }));
    }
}
