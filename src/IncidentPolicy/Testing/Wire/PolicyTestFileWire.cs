using System.Collections.Immutable;
using System.Text.Json;

namespace IncidentPolicy.Testing.Wire;

/// <summary>
/// The shape of a policy test file (docs/policy-tests.md), from which schemas/policy-test.schema.json is
/// exported and <see cref="PolicyTestFields"/> takes its names. The file is read by <see cref="PolicyTestReader"/>.
/// </summary>
/// <param name="Policy">A policy document's path relative to the file, or the document inline; the default policy when left out.</param>
/// <param name="Cases">The cases, at least one.</param>
internal sealed record PolicyTestFileWire(JsonElement Policy, ImmutableArray<PolicyTestCaseWire> Cases);
