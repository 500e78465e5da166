using System.Linq;
using IncidentPolicy.Model;
using IncidentPolicy.Model.Events;
using IncidentPolicy.Serialization;
using NodaTime;
using NRules.Fluent.Dsl;
using static System.FormattableString;

namespace IncidentPolicy.Checklist.Items;

/// <summary>Checklist item 7, <c>investigationStructured</c>: done once every step of the investigation is recorded; missed at resolution otherwise.</summary>
[Name("Checklist: investigationStructured")]
[Tag(ChecklistItems.Tag)]
internal sealed class InvestigationStructuredItem : ChecklistItemRule<InvestigationStructuredItem>, IChecklistItemRule
{
    /// <summary>The item's key, place and text.</summary>
    public static ChecklistItemDescriptor Descriptor { get; } = new("investigationStructured", 7, "Investigation following structured methodology (dashboards, deploys, logs, hypothesize, test).");

    /// <inheritdoc />
    protected override ChecklistItem Decide(ChecklistFrame frame)
    {
        var recorded = new System.Collections.Generic.Dictionary<string, Instant>(System.StringComparer.Ordinal);
        foreach (var (step, at) in frame.Events.InvestigationSteps)
        {
            recorded.TryAdd(step, at);
        }

        var missing = Steps.Where(s => !recorded.ContainsKey(s)).ToList();
        Instant? doneAt = missing.Count == 0 ? recorded.Values.Max() : null;
        return frame.Timed(
            Descriptor, doneAt, Invariant($"every step recorded, the last at {doneAt}"), null, "steps not recorded: " + ChecklistFrame.List(missing));
    }

    /// <summary>The steps of the investigation, in their order.</summary>
    internal static System.Collections.Immutable.ImmutableArray<string> Steps => WireNames.Step.Names;
}
