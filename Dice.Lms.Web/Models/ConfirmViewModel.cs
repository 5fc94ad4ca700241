namespace Dice.Lms.Web.Models;

/// <summary>
/// A page of its own before an action that cannot be taken back: what will happen, what cannot be undone, one button
/// that posts (with antiforgery) to the same address, and a way back. Works without JavaScript.
/// </summary>
public sealed record ConfirmViewModel(string Title, string WhatHappens, string? CannotUndo, string Action, string Submit, string BackUrl)
{
    /// <summary>Hidden fields the action needs (the state a toggle goes to).</summary>
    public IReadOnlyDictionary<string, string> Hidden { get; init; } = new Dictionary<string, string>();

    /// <summary>When set, the page asks for a reason (revoking a certificate) with this label.</summary>
    public string? ReasonLabel { get; init; }

    public string? Reason { get; init; }

    /// <summary>Why the last post was refused, shown at the reason field.</summary>
    public string? Error { get; init; }
}
