using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using IncidentPolicy.Diff;
using IncidentPolicy.Evaluation;
using IncidentPolicy.Model;
using IncidentPolicy.Serialization;

namespace IncidentPolicy.Cli.Output;

/// <summary>
/// The <c>diff --format text</c> plan: per record, one line per change (<c>+</c> only under the new policy, <c>-</c> only
/// under the old one, <c>~</c> changed), each naming its field as the evaluation result's JSON does, instants in ISO UTC
/// (the two policies may count in different zones); a record without changes in one line; a closing count.
/// </summary>
internal static class PolicyDiffText
{
    private const string Arrow = " → ";
    private const string None = "none";

    public static void Write(TextWriter output, string from, string to, IReadOnlyList<IncidentRecord> incidents, IReadOnlyList<IncidentDiff> diffs, TextStyle style)
    {
        output.WriteLine(style.Bold($"Policy diff: {from}{Arrow}{to}"));
        if (diffs.Any(d => d.HasChanges))
        {
            output.WriteLine(style.Dim("+ only under the new policy, - only under the old policy, ~ changed"));
        }

        for (var i = 0; i < diffs.Count; i++)
        {
            var diff = diffs[i];
            var title = string.IsNullOrEmpty(incidents[i].Title) ? string.Empty : $" \"{incidents[i].Title}\"";
            var heading = $"{diff.IncidentId}{title} at {TimeText.Iso(diff.At)} ({diff.Source})";
            output.WriteLine();
            if (!diff.HasChanges)
            {
                output.WriteLine($"{heading}: no changes");
                continue;
            }

            output.WriteLine(style.Bold(heading));
            foreach (var change in diff.Changes)
            {
                output.WriteLine("  " + Styled(style, change.Kind, Line(change)));
            }
        }

        output.WriteLine();
        output.WriteLine(Summary(diffs));
    }

    private static string Summary(IReadOnlyList<IncidentDiff> diffs)
    {
        var compared = Plural.Count(diffs.Count, "incident");
        var changed = diffs.Count(d => d.HasChanges);
        if (changed == 0)
        {
            return $"{compared} compared: no changes.";
        }

        var changes = diffs.SelectMany(d => d.Changes).ToList();
        var kinds = string.Join(", ", new[] { ChangeKind.Added, ChangeKind.Removed, ChangeKind.Changed }
            .Select(k => (Kind: k, Count: changes.Count(c => c.Kind == k)))
            .Where(k => k.Count > 0)
            .Select(k => $"{k.Count} {WireNames.ChangeKind.Name(k.Kind)}"));
        return $"{compared} compared: {changed} changed ({Plural.Count(changes.Count, "change")}: {kinds}), {diffs.Count - changed} unchanged.";
    }

    private static string Line(BehaviourChange change) => change switch
    {
        FieldChange c => $"~ {c.Path}: {c.Before ?? None}{Arrow}{c.After ?? None}",
        InstantChange c => $"~ {c.Path}: {Instant(c.Before)}{Arrow}{Instant(c.After)}",
        SeverityHistoryChange c => $"{Sign(c.Kind)} {c.Path}: {History(c.Before, c.After)}",
        NotificationChange c => $"{Sign(c.Kind)} notified {Notified(c.Before, c.After)}",
        DiagnosticChange c => $"{Sign(c.Kind)} diagnostic {Diagnostic(c.Before, c.After)}",
        _ => throw new ArgumentException($"Unknown change type {change.GetType().Name}.", nameof(change)),
    };

    /// <summary><c>P1 at 2024-03-15T14:00:00Z (IRP3001: P2 unresolved for 4h)</c>; for a changed entry, the parts that differ as <c>old → new</c>.</summary>
    private static string History(SeverityChange? before, SeverityChange? after)
    {
        var entry = (after ?? before)!;
        return $"{entry.Severity.Name} at {Of(before, after, h => TimeText.Iso(h.Since))} ({entry.RuleId}: {Of(before, after, h => h.Reason)})";
    }

    /// <summary><c>teamLead by chat at 2024-03-15T14:00:00Z (entering P2)</c>; for a changed one, the parts that differ as <c>old → new</c>.</summary>
    private static string Notified(Notification? before, Notification? after)
    {
        var entry = (after ?? before)!;
        return $"{entry.Recipient} by {Of(before, after, n => WireNames.Channel.Name(n.Channel))} at {Of(before, after, n => TimeText.Iso(n.At))} "
            + $"(entering {Of(before, after, n => n.Severity.Name)})";
    }

    /// <summary><c>IRP2001 warning at 2024-03-15T14:30:00Z: message</c>; for a changed one, the parts that differ as <c>old → new</c> and the new message.</summary>
    private static string Diagnostic(PolicyDiagnostic? before, PolicyDiagnostic? after)
    {
        var entry = (after ?? before)!;
        return $"{entry.Id} {Of(before, after, d => WireNames.DiagnosticSeverity.Name(d.Severity))} at {Of(before, after, d => TimeText.Iso(d.At))}: {entry.Message}";
    }

    /// <summary>A part of an entry: its value when only one side has the entry or both agree, else <c>old → new</c>.</summary>
    private static string Of<T>(T? before, T? after, Func<T, string> part)
        where T : class
    {
        if (before is null || after is null)
        {
            return part((before ?? after)!);
        }

        var (old, now) = (part(before), part(after));
        return string.Equals(old, now, StringComparison.Ordinal) ? now : old + Arrow + now;
    }

    private static string Instant(NodaTime.Instant? instant) => instant is { } value ? TimeText.Iso(value) : None;

    private static char Sign(ChangeKind kind) => kind switch
    {
        ChangeKind.Added => '+',
        ChangeKind.Removed => '-',
        _ => '~',
    };

    private static string Styled(TextStyle style, ChangeKind kind, string line) => kind switch
    {
        ChangeKind.Added => style.Green(line),
        ChangeKind.Removed => style.Red(line),
        _ => style.Yellow(line),
    };
}
