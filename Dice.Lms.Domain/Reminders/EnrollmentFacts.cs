namespace Dice.Lms.Domain.Reminders;

/// <summary>What the reminder rules need to know about one learner's enrolment in one course, on one day.</summary>
/// <param name="LastActivityAt">UTC time of the last visit, completed module or quiz attempt (or of the enrolment).</param>
/// <param name="FailedQuizAttempts">Ids of submitted, failed attempts that are the learner's latest at their quiz.</param>
/// <param name="CertificateReady">A certificate for the course waits to be downloaded.</param>
public sealed record EnrollmentFacts(
    string LearnerId,
    string CourseId,
    bool IsSuspended,
    bool IsFinished,
    DateTime LastActivityAt,
    DateOnly? CohortStart,
    DateOnly? CohortEnd,
    IReadOnlyList<long> FailedQuizAttempts,
    bool CertificateReady);
