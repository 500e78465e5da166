using System.Text.Json;
using NodaTime;

namespace IncidentPolicy.Testing.Wire;

/// <summary>A case of a policy test file.</summary>
/// <param name="Name">The case's name, unique in the file.</param>
/// <param name="Incident">An incident record's path relative to the file, or the record inline.</param>
/// <param name="At">The evaluation instant.</param>
/// <param name="Expect">What the evaluation should say.</param>
internal sealed record PolicyTestCaseWire(string Name, JsonElement Incident, Instant At, PolicyTestExpectWire Expect);
