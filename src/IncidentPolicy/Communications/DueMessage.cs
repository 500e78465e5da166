using NodaTime;

namespace IncidentPolicy.Communications;

/// <summary>One of the procedure's messages that fell due in an evaluation (see <see cref="DueMessages"/>).</summary>
/// <param name="Kind">Which message.</param>
/// <param name="Due">The instant it fell due.</param>
/// <param name="Key">
/// Its de-duplication key, <c>&lt;incidentId&gt;/message/&lt;kind&gt;/&lt;due&gt;</c> (the kind's wire name, the instant
/// in ISO 8601): the same on every evaluation of the record, so a host posts it once.
/// </param>
public sealed record DueMessage(MessageKind Kind, Instant Due, string Key);
