using Dice.Lms.Domain.Certificates;
using Dice.Lms.Domain.Competences;

namespace Dice.Lms.Domain.Tests.Certificates;

public sealed class CredentialIdentityRules
{
    [Test]
    public void TheCredentialIdIsTheVersion5UuidOfTheCertificatesUrl()
    {
        // Python's uuid.uuid5(uuid.NAMESPACE_URL, "http://lms.test/certificates/1"): an implementation other than ours.
        Assert.That(CredentialIdentity.CredentialId("http://lms.test/", 1), Is.EqualTo(new Guid("1a5025fd-a5d3-521f-a9cb-305f8255e783")));
        Assert.That(CredentialIdentity.CredentialId("http://lms.test", 1), Is.EqualTo(CredentialIdentity.CredentialId("http://lms.test/", 1)));
        Assert.That(CredentialIdentity.CredentialId("http://lms.test", 2), Is.Not.EqualTo(CredentialIdentity.CredentialId("http://lms.test", 1)));
        Assert.That(CredentialIdentity.CredentialId("http://other.test", 1), Is.Not.EqualTo(CredentialIdentity.CredentialId("http://lms.test", 1)));
    }

    [Test]
    public void TheEmailHashIsSha256OfTheLowerCasedAddressAndTheSalt()
    {
        // hashlib.sha256(b"learner@example.org" + b"salt-1").hexdigest()
        const string expected = "sha256$e87c91739d24a751d4a9d59543e3d4cfdd392f565d1a0371fb502261daabacfe";
        Assert.That(CredentialIdentity.EmailHash("learner@example.org", "salt-1"), Is.EqualTo(expected));
        Assert.That(CredentialIdentity.EmailHash(" Learner@Example.ORG ", "salt-1"), Is.EqualTo(expected));
        Assert.That(CredentialIdentity.EmailHash("learner@example.org", "salt-2"), Is.Not.EqualTo(expected));
    }

    [Test]
    public void EveryCompetenceCodeHasADigCompName()
    {
        var codes = CompetenceAreas.All.SelectMany(a => a.Competences).ToList();
        Assert.That(codes.Select(DigCompCompetences.Name), Is.All.Not.Null.And.Not.Empty);
        Assert.That(DigCompCompetences.Name("4.1"), Is.EqualTo("Protecting devices"));
        Assert.That(DigCompCompetences.Framework("0.1"), Does.Contain("UNESCO"));
        Assert.That(DigCompCompetences.Framework("4.1"), Is.EqualTo("DigComp 2.2"));
    }
}
