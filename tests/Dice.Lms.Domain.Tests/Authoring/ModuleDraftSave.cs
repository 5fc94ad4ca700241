using Dice.Lms.Domain.Authoring;

namespace Dice.Lms.Domain.Tests.Authoring;

public sealed class ModuleDraftSave
{
    private static readonly DateTime Now = new(2026, 11, 23, 10, 0, 0, DateTimeKind.Utc);

    [Test]
    public void ASaveBasedOnTheCurrentRevisionIsKeptAndCountsUp()
    {
        var draft = new ModuleDraft("m", "mn", "one", "trainer-a", Now);

        Assert.That(draft.TrySave("two", draft.Revision, "trainer-b", Now.AddMinutes(1)), Is.True);
        Assert.That(draft.Text, Is.EqualTo("two"));
        Assert.That(draft.Revision, Is.EqualTo(2));
        Assert.That(draft.SavedBy, Is.EqualTo("trainer-b"));
    }

    [Test]
    public void ASaveBasedOnAnOlderRevisionIsRefusedAndChangesNothing()
    {
        var draft = new ModuleDraft("m", "mn", "one", "trainer-a", Now);
        draft.TrySave("from a", 1, "trainer-a", Now.AddMinutes(1));

        Assert.That(draft.TrySave("from b", 1, "trainer-b", Now.AddMinutes(2)), Is.False);
        Assert.That(draft.Text, Is.EqualTo("from a"));
        Assert.That(draft.SavedBy, Is.EqualTo("trainer-a"));
        Assert.That(draft.Revision, Is.EqualTo(2));
    }

    [Test]
    public void TextFromABrowserTextareaIsStoredWithUnixLineEndings()
    {
        var draft = new ModuleDraft("m", "en", "a\r\nb", "t", Now);

        Assert.That(draft.Text, Is.EqualTo("a\nb"));
    }
}
