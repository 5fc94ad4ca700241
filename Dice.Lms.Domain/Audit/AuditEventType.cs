namespace Dice.Lms.Domain.Audit;

/// <summary>
/// What a security event records. Stored by name (never by number), so a value may be added anywhere in this list but
/// never renamed: old rows keep their names.
/// </summary>
public enum AuditEventType
{
    /// <summary>A wrong password (or an address with no account) on the sign-in form.</summary>
    SignInFailed,

    /// <summary>A sign-in refused unchecked because of the growing wait after wrong passwords.</summary>
    SignInHeld,

    /// <summary>A wrong current password on the password page.</summary>
    PasswordCheckFailed,

    /// <summary>The password page refused unchecked because of the wait after wrong current passwords.</summary>
    PasswordCheckHeld,

    PasswordChanged,

    /// <summary>A new password set through a reset or invitation link.</summary>
    PasswordReset,

    /// <summary>Staff added an unconfirmed address: its password was removed and its sessions ended (pre-hijacking).</summary>
    AccountReset,

    SignedOutEverywhere,

    RoleChanged,

    Suspended,

    Reinstated,

    Erased,

    CertificateRevoked,

    PersonalDataExported,
}
