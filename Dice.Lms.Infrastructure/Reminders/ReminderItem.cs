using Dice.Lms.Domain.Courses;
using Dice.Lms.Domain.Reminders;

namespace Dice.Lms.Infrastructure.Reminders;

/// <summary>One reminder as an e-mail tells it: the rule, the learner's course and, for the end rules, the end date.</summary>
public sealed record ReminderItem(ReminderRule Rule, Course Course, DateOnly? CohortEnd);
