using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Text.Json;
using IncidentPolicy.Communications;
using IncidentPolicy.Evaluation;
using IncidentPolicy.Serialization;
using IncidentPolicy.Serialization.Wire;

namespace IncidentPolicy.Testing;

/// <summary>
/// The fields of the evaluation result a test case may name, by the names the evaluation result writes: taken
/// from its wire type (<see cref="EvaluationWire"/>, camelCase as <see cref="WireJsonContext"/> writes it) and
/// <see cref="Deadline.Name"/>, never spelt again here. <see cref="Read"/> gives a field's value as the result writes it.
/// </summary>
internal static class EvaluationFields
{
    public static readonly string Severity = Name(nameof(EvaluationWire.Severity));
    public static readonly string PeakSeverity = Name(nameof(EvaluationWire.PeakSeverity));
    public static readonly string Status = Name(nameof(EvaluationWire.Status));
    public static readonly string Phase = Name(nameof(EvaluationWire.Phase));
    public static readonly string Channel = Name(nameof(EvaluationWire.Channel));
    public static readonly string Deadlines = Name(nameof(EvaluationWire.Deadlines));
    public static readonly string NextEvaluationAt = Name(nameof(EvaluationWire.NextEvaluationAt));
    public static readonly string Notifications = Name(nameof(EvaluationWire.Notifications));
    public static readonly string Diagnostics = Name(nameof(EvaluationWire.Diagnostics));

    /// <summary>The deadlines by their key in <c>deadlines</c>, in the result's order.</summary>
    public static ImmutableArray<string> DeadlineNames { get; } = [.. Evaluation.Deadline.All.Select(d => d.Name)];

    /// <summary>The value of each field a <see cref="ValueExpectation"/> may compare, by its path.</summary>
    private static readonly Dictionary<string, Func<CaseOutcome, string?>> Values = CreateValues();

    /// <summary>The path of a deadline: <c>deadlines.responseBy</c>.</summary>
    public static string Deadline(string name) => $"{Deadlines}.{name}";

    /// <summary>The path a checklist expectation reports: <c>checklist.channelOpened</c>.</summary>
    public static string ChecklistItem(string key) => $"{PolicyTestFields.Checklist}.{key}";

    /// <summary>The path a message expectation reports: <c>messages.initialAlert</c>.</summary>
    public static string Message(MessageKind kind) => $"{PolicyTestFields.Messages}.{WireNames.MessageKind.Name(kind)}";

    /// <summary>A field's value as the evaluation result writes it; <see langword="null"/> for <c>null</c>.</summary>
    public static string? Read(CaseOutcome outcome, string field) => Values[field](outcome);

    private static Dictionary<string, Func<CaseOutcome, string?>> CreateValues()
    {
        var values = new Dictionary<string, Func<CaseOutcome, string?>>(StringComparer.Ordinal)
        {
            [Severity] = o => o.Wire.Severity,
            [PeakSeverity] = o => o.Wire.PeakSeverity,
            [Status] = o => o.Wire.Status,
            [Phase] = o => o.Wire.Phase,
            [Channel] = o => o.Wire.Channel,
            [NextEvaluationAt] = o => Format(o.Wire.NextEvaluationAt),
        };
        foreach (var deadline in Evaluation.Deadline.All)
        {
            values[Deadline(deadline.Name)] = o => Format(o.Evaluation.Deadlines[deadline]);
        }

        return values;
    }

    private static string? Format(NodaTime.Instant? instant) => instant is { } value ? InstantJson.Format(value) : null;

    private static string Name(string property) => JsonNamingPolicy.CamelCase.ConvertName(property);
}
