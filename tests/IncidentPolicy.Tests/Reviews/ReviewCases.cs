using IncidentPolicy.Model;
using IncidentPolicy.Model.Events;
using IncidentPolicy.Reviews;
using IncidentPolicy.Tests.Support;
using NodaTime;

namespace IncidentPolicy.Tests.Reviews;

/// <summary>The incident the review draft tests vary: a P2 search incident detected on 2024-03-15 at 10:00 UTC, and its draft.</summary>
internal static class ReviewCases
{
    public static readonly Instant Detected = Instant.FromUtc(2024, 3, 15, 10, 0);

    public static string Draft(IncidentRecord incident, Instant at) => ReviewDraft.Write(Engines.Default, incident, at);

    public static IncidentRecord P2(params IncidentEvent[] events) =>
        new("INC-1", "Search degraded", Detected, new ImpactAssessment(UsersAffected.Subset, ImpactScope.NonCore), events);

    public static Instant At(int hour, int minute = 0) => Instant.FromUtc(2024, 3, 15, hour, minute);
}
