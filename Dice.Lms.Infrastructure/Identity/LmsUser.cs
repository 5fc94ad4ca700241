using Microsoft.AspNetCore.Identity;

namespace Dice.Lms.Infrastructure.Identity;

/// <summary>An account: learner, trainer, staff member or administrator.</summary>
public sealed class LmsUser : IdentityUser
{
    public const int FullNameMaxLength = 200;

    public string FullName { get; set; } = "";

    public int? OrganizationId { get; set; }

    /// <summary>"mn" or "en": the language of the UI and of e-mails.</summary>
    public string PreferredLanguage { get; set; } = "mn";

    /// <summary>A suspended user cannot sign in and gets no e-mail.</summary>
    public bool IsSuspended { get; set; }

    public DateTime CreatedAt { get; set; }

    /// <summary>When the person's data was erased: the account is a nameless placeholder for their anonymous records.</summary>
    public DateTime? ErasedAt { get; set; }
}
