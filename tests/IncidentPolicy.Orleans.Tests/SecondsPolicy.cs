using IncidentPolicy.Evaluation;
using IncidentPolicy.Policy;
using NodaTime;

namespace IncidentPolicy.Orleans.Tests;

/// <summary>The default policy with every duration in seconds, so an incident's life fits in a test run.</summary>
internal static class SecondsPolicy
{
    public static PolicyEngine Engine { get; } = new(Create());

    private static ResponsePolicy Create() => ResponsePolicy.CreateBuilder()
        .Level("P0", l => l.ResponseTime(Seconds(3)).UpdateCadence(c => c.Every(Seconds(5))).VerificationWindow(Seconds(3)).ReviewWithin(Seconds(12)))
        .Level("P1", l => l.ResponseTime(Seconds(4)).UpdateCadence(c => c.Every(Seconds(6))).EscalateAfter(Seconds(9), "P0").VerificationWindow(Seconds(3)).ReviewWithin(Seconds(12)))
        .Level("P2", l => l.ResponseTime(Seconds(5)).UpdateCadence(c => c.Every(Seconds(7))).EscalateAfter(Seconds(10), "P1").VerificationWindow(Seconds(4)).ReviewWithin(Seconds(14)))
        .Level("P3", l => l.ResponseTime(Seconds(6)).UpdateCadence(c => c.Every(Seconds(8))))
        .Build();

    private static Duration Seconds(int seconds) => Duration.FromSeconds(seconds);
}
