using IncidentPolicy.Policy;
using NodaTime;

namespace IncidentPolicy.Samples.Orleans;

/// <summary>The default policy in a hurry, so that escalation shows within minutes: P2 climbs to P1 after 2 minutes, P1 to P0 after 2 more.</summary>
public static class DemoPolicy
{
    public static void Configure(ResponsePolicyBuilder policy) => policy
        .Level("P2", l => l.ResponseTime(Duration.FromMinutes(1)).UpdateCadence(c => c.Every(Duration.FromMinutes(2))).EscalateAfter(Duration.FromMinutes(2), "P1"))
        .Level("P1", l => l.ResponseTime(Duration.FromMinutes(1)).UpdateCadence(c => c.Every(Duration.FromMinutes(2))).EscalateAfter(Duration.FromMinutes(2), "P0"))
        .Level("P0", l => l.ResponseTime(Duration.FromMinutes(1)).UpdateCadence(c => c.Every(Duration.FromMinutes(2))));
}
