using System.Collections.Immutable;
using Orleans;

namespace IncidentPolicy.Orleans;

/// <summary>What became of a record or an event sent to an <see cref="IIncidentGrain"/>.</summary>
[GenerateSerializer]
[Immutable]
[Alias("IncidentPolicy.Orleans.RecordingOutcome")]
public sealed record RecordingOutcome
{
    /// <summary>Whether it was accepted (and stored). A refused one left the incident unchanged.</summary>
    [Id(0)]
    public required bool Accepted { get; init; }

    /// <summary>Every problem that refused it, empty when accepted.</summary>
    [Id(1)]
    public required ImmutableArray<RecordingProblem> Problems { get; init; }

    /// <summary>An accepted outcome.</summary>
    public static RecordingOutcome Accept { get; } = new() { Accepted = true, Problems = [] };

    /// <summary>A refusal for these problems.</summary>
    /// <param name="problems">The problems, at least one.</param>
    /// <returns>The outcome.</returns>
    public static RecordingOutcome Refuse(ImmutableArray<RecordingProblem> problems) => new() { Accepted = false, Problems = problems };
}
