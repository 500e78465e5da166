using System.Collections.Immutable;
using System.Linq;
using System.Text.Json.Serialization;
using IncidentPolicy.Policy;
using NodaTime;

namespace IncidentPolicy.Serialization.Wire;

/// <summary>
/// An update cadence: one cadence is written as a <see cref="PolicyDurationWire"/>, a schedule as a list of
/// phases <c>[{"every": "PT20M", "for": "PT2H"}, {"every": "PT1H"}]</c> (the last without <c>for</c>).
/// Written by <see cref="CadenceWireConverter"/>.
/// </summary>
[JsonConverter(typeof(CadenceWireConverter))]
internal sealed record CadenceWire(ImmutableArray<(PolicyDurationWire Every, Duration? For)> Phases)
{
    public static CadenceWire From(CadenceSchedule schedule) =>
        new([.. schedule.Phases.Select(p => (PolicyDurationWire.From(p.Every), p.For))]);
}
