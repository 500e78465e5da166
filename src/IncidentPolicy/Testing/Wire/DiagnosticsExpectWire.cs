using System.Collections.Immutable;
using System.Text.Json;

namespace IncidentPolicy.Testing.Wire;

/// <summary>A case's <c>expect.diagnostics</c>: rules whose diagnostic is expected, and rules whose diagnostic is not.</summary>
/// <param name="Present">Each a rule ID, or an object with the ID and the instant (<see cref="DiagnosticExpectWire"/>).</param>
/// <param name="Absent">The same, for diagnostics the evaluation must not have.</param>
internal sealed record DiagnosticsExpectWire(ImmutableArray<JsonElement> Present, ImmutableArray<JsonElement> Absent);
