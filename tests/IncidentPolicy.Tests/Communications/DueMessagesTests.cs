using System.Linq;
using IncidentPolicy.Communications;
using IncidentPolicy.Evaluation;
using IncidentPolicy.Model;
using IncidentPolicy.Tests.Support;
using NodaTime.Text;
using Xunit;

namespace IncidentPolicy.Tests.Communications;

/// <summary>What a host that posts the procedure's messages by itself relies on: which are due, and keys that never change.</summary>
public sealed class DueMessagesTests
{
    private static readonly IncidentRecord Incident = new("INC-7", "Checkout down", T.Of("2024-03-15T14:00:00Z"), Incidents.P1Impact);

    [Fact]
    public void The_initial_alert_is_due_at_detection_and_an_update_at_each_instant_the_rules_say_one_fell_due()
    {
        var evaluation = Engines.Default.Evaluate(Incident, T.Of("2024-03-15T17:00:00Z"));

        var due = DueMessages.In(Incident, evaluation);

        Assert.Equal(new DueMessage(MessageKind.InitialAlert, Incident.DetectedAt, "INC-7/message/initialAlert/2024-03-15T14:00:00Z"), due[0]);
        var updates = evaluation.Diagnostics.Where(d => d.Id == "IRP5001").ToList();
        Assert.True(updates.Count > 1, "several status updates fell due in three hours without one posted");
        Assert.Equal(updates.Select(d => $"INC-7/message/statusUpdate/{InstantPattern.ExtendedIso.Format(d.At)}"), due.Where(m => m.Kind == MessageKind.StatusUpdate).Select(m => m.Key));
        Assert.Equal(evaluation.Diagnostics.Where(d => d.Id == "IRP5003").Select(d => $"INC-7/message/customer/{InstantPattern.ExtendedIso.Format(d.At)}"), due.Where(m => m.Kind == MessageKind.Customer).Select(m => m.Key));
        Assert.Equal(due.Select(m => m.Due).Order(), due.Select(m => m.Due));
    }

    [Fact]
    public void A_later_evaluation_keeps_every_key_of_an_earlier_one()
    {
        var earlier = DueMessages.In(Incident, Engines.Default.Evaluate(Incident, T.Of("2024-03-15T15:00:00Z")));
        var later = DueMessages.In(Incident, Engines.Default.Evaluate(Incident, T.Of("2024-03-15T18:00:00Z")));

        Assert.Subset(later.Select(m => m.Key).ToHashSet(), earlier.Select(m => m.Key).ToHashSet());
        Assert.True(later.Length > earlier.Length);
    }

    [Fact]
    public void At_the_detection_instant_the_initial_alert_is_due_and_nothing_else()
    {
        var due = DueMessages.In(Incident, Engines.Default.Evaluate(Incident, Incident.DetectedAt));

        Assert.Equal(MessageKind.InitialAlert, Assert.Single(due).Kind);
    }

    [Fact]
    public void The_messages_due_need_the_record_and_its_evaluation()
    {
        var evaluation = Engines.Default.Evaluate(Incident, Incident.DetectedAt);

        Assert.Equal("incident", Assert.Throws<System.ArgumentNullException>(() => DueMessages.In(null!, evaluation)).ParamName);
        Assert.Equal("evaluation", Assert.Throws<System.ArgumentNullException>(() => DueMessages.In(Incident, null!)).ParamName);
    }
}
