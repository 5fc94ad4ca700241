namespace Dice.Lms.Web.Certification;

public enum IssueOutcome
{
    Issued,

    /// <summary>The learner already has a certificate for the course (valid or revoked): nothing new was made.</summary>
    AlreadyIssued,

    NotEligible,
    UnknownLearner,
    UnknownCourse,

    /// <summary>No certificate to reissue (or only a superseded one).</summary>
    UnknownCertificate,
}
