using Dice.Lms.Domain.Certificates;
using Dice.Lms.Domain.Competences;

namespace Dice.Lms.Domain.Tests.Certificates;

public sealed class CertificateLifecycle
{
    private static readonly DateTime Issued = new(2026, 5, 1, 9, 0, 0, DateTimeKind.Utc);
    private static readonly CertificateContent Content = new("Батбаярын Оюунцэцэг", "Цахим аюулгүй байдал", "Digital safety", "safety", ProficiencyLevel.Intermediate, "DICE project");

    private static Certificate NewCertificate() => new("learner", "safety", 1, Content, new byte[32], [1, 2, 3], "staff", Issued);

    [Test]
    public void ANewCertificateIsValidAndLogsItsIssue()
    {
        var certificate = NewCertificate();
        Assert.That(certificate.Status, Is.EqualTo(CertificateStatus.Valid));
        Assert.That(certificate.HolderName, Is.EqualTo("Батбаярын Оюунцэцэг"));
        Assert.That(certificate.Audit.Single().Action, Is.EqualTo(CertificateAction.Issued));
    }

    [Test]
    public void RevokingKeepsTheReasonAndWhoAndWhen()
    {
        var certificate = NewCertificate();
        Assert.That(certificate.Revoke("  issued by mistake ", "admin", Issued.AddDays(1)), Is.True);
        Assert.That(certificate.Status, Is.EqualTo(CertificateStatus.Revoked));
        Assert.That((certificate.RevokeReason, certificate.RevokedBy, certificate.RevokedAt), Is.EqualTo(("issued by mistake", "admin", (DateTime?)Issued.AddDays(1))));
        Assert.That(certificate.Audit.Last().Action, Is.EqualTo(CertificateAction.Revoked));
        Assert.That(certificate.Revoke("again", "admin", Issued.AddDays(2)), Is.False, "revoking twice changes nothing");
        Assert.That(certificate.Audit, Has.Count.EqualTo(2));
    }

    [Test]
    public void ARevocationNeedsAReason()
    {
        Assert.That(() => NewCertificate().Revoke(" ", "admin", Issued), Throws.ArgumentException);
    }

    [Test]
    public void ReissuingSupersedesTheOldOneWithTheNextGeneration()
    {
        var old = NewCertificate();
        var next = old.Reissue(Content with { HolderName = "Батбаярын Оюунцэцэг Б." }, Enumerable.Repeat((byte)7, 32).ToArray(), [4], "staff", Issued.AddDays(3), "name corrected");
        Assert.That(old.Status, Is.EqualTo(CertificateStatus.Superseded));
        Assert.That(next.Status, Is.EqualTo(CertificateStatus.Valid));
        Assert.That(next.Generation, Is.EqualTo(2));
        Assert.That(next.HolderName, Is.EqualTo("Батбаярын Оюунцэцэг Б."));
        Assert.That(next.Audit.Single().Action, Is.EqualTo(CertificateAction.Reissued));
        Assert.That(next.Audit.Single().Reason, Is.EqualTo("name corrected"));
        Assert.That(() => old.Reissue(Content, new byte[32], [5], "staff", Issued, null), Throws.InvalidOperationException);
    }

    [Test]
    public void ErasingTheHolderRevokesTheCertificateAndRemovesTheName()
    {
        var certificate = NewCertificate();

        certificate.EraseHolder("staff-2", Issued.AddDays(30));

        Assert.That(certificate.Status, Is.EqualTo(CertificateStatus.Revoked));
        Assert.That(certificate.HolderName, Is.Empty);
        Assert.That(certificate.RevokeReason, Is.EqualTo(Certificate.ErasedReason));
    }

    [Test]
    public void ErasingTheHolderOfARevokedCertificateKeepsItsFirstReason()
    {
        var certificate = NewCertificate();
        certificate.Revoke("Wrong course", "staff", Issued.AddDays(1));

        certificate.EraseHolder("staff-2", Issued.AddDays(30));

        Assert.That(certificate.HolderName, Is.Empty);
        Assert.That(certificate.RevokeReason, Is.EqualTo("Wrong course"));
    }
}
