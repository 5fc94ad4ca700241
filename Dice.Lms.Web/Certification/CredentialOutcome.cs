namespace Dice.Lms.Web.Certification;

public enum CredentialOutcome
{
    NotFound,

    /// <summary>Revoked, replaced by a reissue, or its holder erased: no credential is handed out.</summary>
    NoLongerValid,

    Valid,
}
