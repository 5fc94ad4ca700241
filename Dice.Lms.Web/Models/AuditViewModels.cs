using Dice.Lms.Domain.Audit;
using Microsoft.Extensions.Localization;

namespace Dice.Lms.Web.Models;

/// <summary>The audit page's filter, read from the query string so that a filtered page can be bookmarked.</summary>
public sealed class AuditFilter
{
    public AuditEventType? Type { get; set; }

    public string? Who { get; set; }

    public DateOnly? From { get; set; }

    public DateOnly? To { get; set; }

    public int Page { get; set; } = 1;

    public IReadOnlyList<string> Problems(IStringLocalizer text) =>
        From is { } from && To is { } to && to < from ? [text["Audit.DatesReversed"].Value] : [];

    /// <summary>The query string of this filter on another page.</summary>
    public string QueryFor(int page) =>
        $"type={Type}&who={Uri.EscapeDataString(Who ?? "")}&from={From:yyyy-MM-dd}&to={To:yyyy-MM-dd}&page={page}";
}

public sealed record SecurityEventRow(DateTime OccurredAt, AuditEventType Type, string? Actor, string? Subject, string? Target, string? ClientAddress);

public sealed record AuditListViewModel(IReadOnlyList<SecurityEventRow> Events, AuditFilter Filter, IReadOnlyList<string> Problems, int PageCount, int Total);
