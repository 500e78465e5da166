using System.Linq;
using IncidentPolicy.Model;
using IncidentPolicy.Model.Events;
using IncidentPolicy.Serialization;
using NodaTime;
using NRules.Fluent.Dsl;
using static System.FormattableString;

namespace IncidentPolicy.Checklist.Items;

/// <summary>Checklist item 1, <c>impactAssessed</c>: done once the impact has no unknown answer; due the policy's triage time after detection.</summary>
[Name("Checklist: impactAssessed")]
[Tag(ChecklistItems.Tag)]
internal sealed class ImpactAssessedItem : ChecklistItemRule<ImpactAssessedItem>, IChecklistItemRule
{
    /// <summary>The item's key, place and text.</summary>
    public static ChecklistItemDescriptor Descriptor { get; } = new("impactAssessed", 1, "Impact assessed (who, what, when, trending).");

    /// <inheritdoc />
    protected override ChecklistItem Decide(ChecklistFrame frame)
    {
        var impact = frame.Record.Impact;
        Instant? doneAt = Complete(impact) ? frame.DetectedAt : null;
        var evidence = "the impact at detection";
        foreach (var reassessed in frame.Events.BeforeResolution.OfType<ImpactReassessed>())
        {
            if (doneAt is not null)
            {
                break;
            }

            impact = impact.With(reassessed.Impact);
            if (Complete(impact))
            {
                doneAt = reassessed.At;
                evidence = Invariant($"impactReassessed at {reassessed.At}");
            }
        }

        var due = frame.Settings.TriageWithin.DueAfter(frame.DetectedAt, frame.Policy.Calendar);
        var unknown = new[]
        {
            impact.UsersAffected == UsersAffected.Unknown ? WireFields.Of(Validation.InputField.UsersAffected) : null,
            impact.Scope == ImpactScope.Unknown ? WireFields.Of(Validation.InputField.Scope) : null,
        }.OfType<string>();
        return frame.Timed(Descriptor, doneAt, evidence, due, "unknown: " + ChecklistFrame.List(unknown));
    }

    private static bool Complete(ImpactAssessment impact) =>
        impact.UsersAffected != UsersAffected.Unknown && impact.Scope != ImpactScope.Unknown;
}
