using System.Collections.Immutable;
using System.Linq;
using IncidentPolicy.Advice;
using IncidentPolicy.Checklist;

namespace IncidentPolicy.Serialization.Wire;

/// <summary>Maps a checklist report and an investigation advice to their wire types.</summary>
internal static class ChecklistWireMapper
{
    public static ChecklistWire ToWire(ChecklistReport report) =>
        new([.. report.Items.Select(i => new ChecklistItemWire(i.Key, WireNames.ChecklistItemState.Name(i.State), i.At, i.DueBy, i.Evidence))], report.NextChangeAt);

    public static AdviceWire ToWire(InvestigationAdvice advice) =>
        new(
            advice.IncidentId,
            advice.At,
            advice.NextStep is { } step ? new AdviceStepWire(step.Key, step.Title, step.LookFor) : null,
            advice.Signals,
            [.. advice.Hypotheses.Select(h => new AdviceHypothesisWire(h.Hypothesis.Key, h.Hypothesis.Title, h.IsSupported, h.SupportingSignals, h.Hypothesis.HowToTest))],
            [.. advice.Mitigations.Select(m => new AdviceMitigationWire(m.Key, m.Title, m.WhenToUse, m.How, m.Risk))],
            advice.Reminders);
}
