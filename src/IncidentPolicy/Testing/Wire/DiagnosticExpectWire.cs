using NodaTime;

namespace IncidentPolicy.Testing.Wire;

/// <summary>One diagnostic of <c>present</c> or <c>absent</c> written as an object: the rule, and the instant it is (or is not) at.</summary>
/// <param name="Id">The rule's ID.</param>
/// <param name="At">The diagnostic's instant; left out for any instant.</param>
internal sealed record DiagnosticExpectWire(string Id, Instant? At);
