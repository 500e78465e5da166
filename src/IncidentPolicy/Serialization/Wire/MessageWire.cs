using System.Collections.Generic;
using NodaTime;

namespace IncidentPolicy.Serialization.Wire;

/// <summary>A rendered message on the wire: <c>kind</c>, <c>at</c>, <c>text</c> and the field names still <c>missing</c>.</summary>
internal sealed record MessageWire(string Kind, Instant At, string Text, IReadOnlyList<string> Missing);
