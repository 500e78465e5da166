using IncidentPolicy.Model;

namespace IncidentPolicy.Rules.Facts;

/// <summary>The record being evaluated, for rules that need its id or title.</summary>
internal sealed class TrackedIncident(IncidentRecord record)
{
    public IncidentRecord Record { get; } = record;

    public string Id => Record.Id;
}
