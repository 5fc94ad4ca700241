namespace Dice.Lms.Web.Models;

/// <summary>E-mails that did not go (refused, or failed too often) and e-mails whose delivery was interrupted.</summary>
public sealed record FailedEmailsPage(IReadOnlyList<FailedEmailRow> Failed, IReadOnlyList<FailedEmailRow> Unconfirmed);
