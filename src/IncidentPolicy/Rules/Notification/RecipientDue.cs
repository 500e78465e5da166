using IncidentPolicy.Policy;
using IncidentPolicy.Rules.Facts;
using NodaTime;

namespace IncidentPolicy.Rules.Notification;

/// <summary>A recipient of the level just entered, to be notified unless already notified during the incident.</summary>
internal sealed class RecipientDue(string recipient, int index, SeverityLevelPolicy level, Instant at, int entry) : ITransientFact
{
    public string Recipient { get; } = recipient;

    /// <summary>The recipient's position in the level's list: the output order within one entry.</summary>
    public int Index { get; } = index;

    public SeverityLevelPolicy Level { get; } = level;

    public Instant At { get; } = at;

    public int Entry { get; } = entry;
}
