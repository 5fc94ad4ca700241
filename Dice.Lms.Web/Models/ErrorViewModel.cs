namespace Dice.Lms.Web.Models;

/// <summary>An error page: the status code's general wording, or a specific one with a way on.</summary>
public sealed record ErrorViewModel(int StatusCode, string? Title = null, string? Text = null, string? LinkUrl = null, string? LinkText = null);
