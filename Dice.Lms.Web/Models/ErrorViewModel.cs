namespace Dice.Lms.Web.Models;

public sealed record ErrorViewModel(int StatusCode);
