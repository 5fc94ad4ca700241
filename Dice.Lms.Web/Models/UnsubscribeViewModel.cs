using Dice.Lms.Domain.Reminders;

namespace Dice.Lms.Web.Models;

/// <param name="Token">The signed token from the link, posted back to the same address.</param>
/// <param name="Done">True once the user is unsubscribed.</param>
public sealed record UnsubscribeViewModel(string Token, EmailTopic Topic, bool Done);
