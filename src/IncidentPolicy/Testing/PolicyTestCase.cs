using System.Collections.Immutable;
using IncidentPolicy.Model;
using IncidentPolicy.Validation;
using NodaTime;

namespace IncidentPolicy.Testing;

/// <summary>One case of a policy test file: an incident, the instant it is evaluated at, and what the evaluation should say.</summary>
/// <param name="Name">The case's name, unique in its file.</param>
/// <param name="Incident">The incident record evaluated.</param>
/// <param name="At">The evaluation instant, not before the incident's detection.</param>
/// <param name="Expectations">What the evaluation should say, in the order the file names it; only these are compared.</param>
/// <param name="Location">Where the case is in its file (<c>$.cases[2]</c>).</param>
public sealed record PolicyTestCase(string Name, IncidentRecord Incident, Instant At, ImmutableArray<PolicyExpectation> Expectations, ProblemLocation Location);
