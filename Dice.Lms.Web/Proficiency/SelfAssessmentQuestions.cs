using Dice.Lms.Infrastructure;
using Dice.Lms.Infrastructure.Content;
using Dice.Lms.Infrastructure.Options;
using Microsoft.Extensions.Options;

namespace Dice.Lms.Web.Proficiency;

/// <summary>The 16 self-assessment questions of content/self-assessment.yml, read once per process.</summary>
public sealed class SelfAssessmentQuestions(LmsPaths paths, IOptions<LmsOptions> options)
{
    private readonly Lazy<SelfAssessment?> _assessment = new(() => ContentReader.ReadSelfAssessment(paths.Content(options.Value.Content.Path)));

    public SelfAssessment? Assessment => _assessment.Value;
}
