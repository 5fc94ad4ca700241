namespace Dice.Lms.Web.Infrastructure;

public enum CredentialOutcome
{
    NotFound,

    /// <summary>Revoked, replaced by a reissue, or its holder erased: no credential is handed out.</summary>
    NoLongerValid,

    Valid,
}
