using System.Linq;
using IncidentPolicy.Diff;
using IncidentPolicy.Evaluation;
using IncidentPolicy.Model;
using IncidentPolicy.Tests.Support;
using Xunit;

namespace IncidentPolicy.Tests.Diff;

/// <summary>
/// How <see cref="PolicyDiff"/> pairs the entries of a list of two stored results (docs/policy-diff.md): by key at one
/// instant first, then the rest of a key in order, what is left added or removed; and the order the changes come in.
/// </summary>
public sealed class PolicyDiffPairingTests
{
    private static readonly PolicyEvaluation Result = Engines.Default.Evaluate(Incidents.Record("10:00", Incidents.P2Impact), T.Of("10:00"));

    private static PolicyDiagnostic Diagnostic(string id, string at, string message) =>
        new(Engines.Default.Rules.Single(r => r.Id == id), DiagnosticSeverity.Warning, T.Of(at), message);

    private static PolicyEvaluation WithDiagnostics(params PolicyDiagnostic[] diagnostics) => Result with { Diagnostics = [.. diagnostics] };

    [Fact]
    public void A_diagnostic_pairs_with_the_other_policys_one_of_its_rule_at_its_instant_not_with_an_earlier_one()
    {
        var before = WithDiagnostics(Diagnostic("IRP5001", "12:00", "update missed at 12:00"), Diagnostic("IRP5001", "13:00", "update missed at 13:00"));
        var after = WithDiagnostics(Diagnostic("IRP5001", "13:00", "status update missed at 13:00"));

        var diff = PolicyDiff.Compare(before, after);
        var swapped = PolicyDiff.Compare(after, before);

        Assert.Equal(
            [(ChangeKind.Removed, "update missed at 12:00", null), (ChangeKind.Changed, "update missed at 13:00", "status update missed at 13:00")],
            diff.Changes.Cast<DiagnosticChange>().Select(c => (c.Kind, c.Before?.Message, c.After?.Message)));
        Assert.Equal(
            [(ChangeKind.Added, null, "update missed at 12:00"), (ChangeKind.Changed, "status update missed at 13:00", "update missed at 13:00")],
            swapped.Changes.Cast<DiagnosticChange>().Select(c => (c.Kind, c.Before?.Message, c.After?.Message)));
    }

    [Fact]
    public void Changes_of_a_list_come_by_instant_an_entry_that_moved_at_the_earlier_of_its_two_instants()
    {
        // IRP5001 moves later (12:00 to 14:00), IRP5003 earlier (14:30 to 12:30), IRP2001 is gone (13:00).
        var before = WithDiagnostics(Diagnostic("IRP5001", "12:00", "m"), Diagnostic("IRP2001", "13:00", "m"), Diagnostic("IRP5003", "14:30", "m"));
        var after = WithDiagnostics(Diagnostic("IRP5001", "14:00", "m"), Diagnostic("IRP5003", "12:30", "m"));

        var diff = PolicyDiff.Compare(before, after);

        Assert.Equal(
            [(ChangeKind.Changed, "IRP5001"), (ChangeKind.Changed, "IRP5003"), (ChangeKind.Removed, "IRP2001")],
            diff.Changes.Cast<DiagnosticChange>().Select(c => (c.Kind, (c.Before ?? c.After)!.Id)));
    }

    [Fact]
    public void History_changes_at_one_instant_come_by_level_name_a_name_before_the_longer_ones_it_begins()
    {
        // Both entries move and sort at 12:00: SEV1 from 12:00 to 13:00, SEV10 from 14:00 to 12:00.
        var sev1 = new SeverityLevel("SEV1", 1);
        var sev10 = new SeverityLevel("SEV10", 10);
        var before = Result with { SeverityHistory = [new(sev1, T.Of("12:00"), "IRP3001", "r"), new(sev10, T.Of("14:00"), "IRP3001", "r")] };
        var after = Result with { SeverityHistory = [new(sev10, T.Of("12:00"), "IRP3001", "r"), new(sev1, T.Of("13:00"), "IRP3001", "r")] };

        var diff = PolicyDiff.Compare(before, after);

        Assert.Equal(
            [("SEV1", T.Of("12:00"), T.Of("13:00")), ("SEV10", T.Of("14:00"), T.Of("12:00"))],
            diff.Changes.Cast<SeverityHistoryChange>().Select(c => (c.Before!.Severity.Name, c.Before.Since, c.After!.Since)));
    }

    [Fact]
    public void A_list_a_stored_result_left_unset_compares_as_empty()
    {
        var notified = Assert.Single(Result.Notifications, n => n.Recipient == "teamLead");
        var before = Result with { Notifications = default };
        var after = Result with { Notifications = [notified] };

        var diff = PolicyDiff.Compare(before, after);

        var added = Assert.IsType<NotificationChange>(Assert.Single(diff.Changes));
        Assert.Equal((ChangeKind.Added, null, notified), (added.Kind, added.Before, added.After));
        Assert.Empty(PolicyDiff.Compare(before, before).Changes);
    }
}
