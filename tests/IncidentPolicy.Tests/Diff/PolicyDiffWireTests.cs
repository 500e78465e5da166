using System.Linq;
using System.Text.Json;
using IncidentPolicy.Diff;
using IncidentPolicy.Evaluation;
using IncidentPolicy.Serialization;
using IncidentPolicy.Tests.Support;
using Xunit;

namespace IncidentPolicy.Tests.Diff;

/// <summary>
/// A policy diff on the wire: a change of the level history, the notifications or the diagnostics carries its
/// entry in the evaluation result's shape on the side it is in, and <c>null</c> on the side it is missing from.
/// </summary>
public sealed class PolicyDiffWireTests
{
    private static readonly PolicyEvaluation Evaluation = Engines.Default.Evaluate(Incidents.Record("10:00", Incidents.P2Impact), T.Of("14:00"));

    private static IncidentDiff Diff(params BehaviourChange[] changes) =>
        new() { IncidentId = "INC-1", At = T.Of("14:00"), Before = Evaluation, After = Evaluation, Changes = [.. changes] };

    private static JsonElement Changes(IncidentDiff diff) => JsonDocument.Parse(PolicyDiffJson.Write(diff)).RootElement.GetProperty("changes");

    /// <summary>What a side names: a notification's recipient, a diagnostic's rule ID, a level change's level, or null.</summary>
    private static string Named(JsonElement side) =>
        side.ValueKind == JsonValueKind.Null ? "null"
        : (side.TryGetProperty("recipient", out var recipient) ? recipient
            : side.TryGetProperty("id", out var id) ? id
            : side.GetProperty("severity")).GetString()!;

    [Fact]
    public void An_added_or_removed_level_change_notification_or_diagnostic_is_written_with_null_on_the_side_it_is_missing_from()
    {
        var level = Evaluation.SeverityHistory[0];
        var notification = Evaluation.Notifications[0];
        var diagnostic = Evaluation.Diagnostics[0];

        var changes = Changes(Diff(
            new SeverityHistoryChange(ChangeKind.Added, "severityHistory[0]", null, level),
            new SeverityHistoryChange(ChangeKind.Removed, "severityHistory[0]", level, null),
            new NotificationChange(ChangeKind.Added, "notifications", null, notification),
            new NotificationChange(ChangeKind.Removed, "notifications", notification, null),
            new DiagnosticChange(ChangeKind.Added, "diagnostics", null, diagnostic),
            new DiagnosticChange(ChangeKind.Removed, "diagnostics", diagnostic, null)));

        Assert.Equal(
            [
                ("added", "null", "P2"), ("removed", "P2", "null"),
                ("added", "null", notification.Recipient), ("removed", notification.Recipient, "null"),
                ("added", "null", diagnostic.Id), ("removed", diagnostic.Id, "null"),
            ],
            changes.EnumerateArray().Select(c => (c.GetProperty("change").GetString(), Named(c.GetProperty("before")), Named(c.GetProperty("after")))));
    }

    [Fact]
    public void A_diff_whose_changes_were_left_default_is_written_with_no_changes()
    {
        Assert.Equal(0, Changes(Diff() with { Changes = default }).GetArrayLength());
    }
}
