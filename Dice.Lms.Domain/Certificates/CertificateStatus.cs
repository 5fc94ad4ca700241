namespace Dice.Lms.Domain.Certificates;

public enum CertificateStatus
{
    Valid = 0,

    /// <summary>Withdrawn by staff, with a reason.</summary>
    Revoked = 1,

    /// <summary>Replaced by a reissued certificate (a new code); the old code then verifies as no longer valid.</summary>
    Superseded = 2,
}
