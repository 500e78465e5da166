using IncidentPolicy.Model;
using NodaTime;

namespace IncidentPolicy.Rules.Facts;

/// <summary>The incident channel's name (output).</summary>
internal sealed class ChannelNamed(string name, Instant changedAt) : IObservableChange
{
    public string Name { get; } = name;

    public Instant ChangedAt { get; } = changedAt;
}
