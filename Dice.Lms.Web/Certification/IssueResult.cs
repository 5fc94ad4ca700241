using Dice.Lms.Domain.Certificates;

namespace Dice.Lms.Web.Certification;

/// <summary>What an issue did; <see cref="Code"/> is the verification code of the certificate concerned, when there is one.</summary>
public sealed record IssueResult(IssueOutcome Outcome, Certificate? Certificate = null, string? Code = null, Eligibility? Eligibility = null);
