namespace Dice.Lms.Domain.Certificates;

public enum CertificateAction
{
    Issued = 0,
    Revoked = 1,
    Reissued = 2,
}
