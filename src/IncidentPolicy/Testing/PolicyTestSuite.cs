using System.Collections.Immutable;
using IncidentPolicy.Policy;

namespace IncidentPolicy.Testing;

/// <summary>A policy test file, read and checked whole (<see cref="PolicyTestFile"/>): the policy under test and its cases.</summary>
/// <param name="Source">The file's name or other label, as given to the reader; <see langword="null"/> when none was given.</param>
/// <param name="Policy">The policy the cases are evaluated with: the file's <c>policy</c>, or the default policy when it names none.</param>
/// <param name="Cases">The cases, in the file's order.</param>
public sealed record PolicyTestSuite(string? Source, ResponsePolicy Policy, ImmutableArray<PolicyTestCase> Cases);
