using IncidentPolicy.Checklist;
using IncidentPolicy.Serialization;
using IncidentPolicy.Text;
using IncidentPolicy.Validation;

namespace IncidentPolicy.Testing;

/// <summary>An item of the incident checklist (docs/checklist.md) is in a state at the case's instant.</summary>
public sealed class ChecklistExpectation : PolicyExpectation
{
    internal ChecklistExpectation(string item, ChecklistItemState state, ProblemLocation location)
        : base(EvaluationFields.ChecklistItem(item), location)
    {
        Item = item;
        State = state;
    }

    /// <summary>The item's key, such as <c>channelOpened</c> (<see cref="ChecklistItems.All"/>).</summary>
    public string Item { get; }

    /// <summary>The expected state.</summary>
    public ChecklistItemState State { get; }

    internal override PolicyTestDifference? Compare(CaseOutcome outcome)
    {
        var item = outcome.Checklist[Item];
        return item.State == State
            ? null
            : Differs(Quote.Json(WireNames.ChecklistItemState.Name(State)), $"{Quote.Json(WireNames.ChecklistItemState.Name(item.State))} ({item.Evidence})");
    }
}
