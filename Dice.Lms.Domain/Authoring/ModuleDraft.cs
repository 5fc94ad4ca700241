namespace Dice.Lms.Domain.Authoring;

/// <summary>
/// The text of a module file being written in the browser, in one language: front matter and Markdown, exactly as the
/// file would be in content/. A draft may hold errors; only publishing checks it. <see cref="Revision"/> tells two
/// trainers' saves apart: a save must name the revision it started from.
/// </summary>
public sealed class ModuleDraft
{
    public ModuleDraft(string moduleId, string language, string text, string savedBy, DateTime savedAt)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(moduleId);
        ArgumentException.ThrowIfNullOrWhiteSpace(language);
        ModuleId = moduleId;
        Language = language;
        Text = (text ?? "").Replace("\r\n", "\n", StringComparison.Ordinal);
        SavedBy = savedBy;
        SavedAt = savedAt;
        Revision = 1;
    }

    public string ModuleId { get; private set; }

    public string Language { get; private set; }

    public string Text { get; private set; }

    /// <summary>1 for a new draft, one more with every save.</summary>
    public int Revision { get; private set; }

    /// <summary>The user id of whoever saved last.</summary>
    public string SavedBy { get; private set; }

    public DateTime SavedAt { get; private set; }

    /// <summary>
    /// Saves the text when <paramref name="basedOnRevision"/> is the current revision. Returns false, changing nothing,
    /// when someone else saved in between: the caller shows their save and keeps the author's text.
    /// </summary>
    public bool TrySave(string text, int basedOnRevision, string userId, DateTime now)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(userId);
        if (basedOnRevision != Revision)
        {
            return false;
        }

        Replace(text, userId, now);
        return true;
    }

    /// <summary>Replaces the text whatever the revision: restoring an earlier version starts a new draft from it.</summary>
    public void Replace(string text, string userId, DateTime now)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(userId);
        Text = (text ?? "").Replace("\r\n", "\n", StringComparison.Ordinal);
        SavedBy = userId;
        SavedAt = now;
        Revision++;
    }
}
