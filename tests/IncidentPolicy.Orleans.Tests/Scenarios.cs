using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using NodaTime;
using NodaTime.Text;

namespace IncidentPolicy.Orleans.Tests;

/// <summary>An incident to play: its record at detection and its events, each to be sent this long after detection.</summary>
internal sealed record Scenario(string Id, TimeSpan StartsAfter, string Scope, string Users, IReadOnlyList<(TimeSpan After, string Json)> Events)
{
    public string RecordJson(Instant detectedAt) =>
        $$"""{"id":"{{Id}}","title":"Scenario {{Id}}","detectedAt":"{{InstantPattern.ExtendedIso.Format(detectedAt)}}","impact":{"usersAffected":"{{Users}}","scope":"{{Scope}}","securityBreach":false,"dataCorruption":false},"events":[]}""";
}

/// <summary>
/// A realistic mix of incidents on the seconds policy: most acknowledged, many with roles, status updates, a
/// mitigation, a resolution and a review; some never updated (missed updates), some left open, a few assigned a
/// severity by hand. Seeded: the same mix on every run.
/// </summary>
internal static class Scenarios
{
    private static readonly string[] Scopes = ["outage", "coreSeverelyImpaired", "coreDegraded", "nonCore", "cosmetic"];
    private static readonly string[] Users = ["all", "most", "subset", "internal"];
    private static readonly string[] Roles = ["incidentCommander", "technicalLead", "communicationsLead", "scribe"];

    public static IReadOnlyList<Scenario> Create(string prefix, int count, TimeSpan spread, int seed = 17)
    {
        var random = new Random(seed);
        var scenarios = new List<Scenario>(count);
        for (var i = 0; i < count; i++)
        {
            var events = new List<(TimeSpan, string)>();
            void Add(double seconds, string json) => events.Add((TimeSpan.FromSeconds(seconds), json));

            if (random.NextDouble() < 0.9)
            {
                Add(0.5 + random.NextDouble() * 4, """{"type":"acknowledged","by":"oncall"}""");
            }

            if (random.NextDouble() < 0.1)
            {
                Add(2 + random.NextDouble() * 3, $$"""{"type":"severityAssigned","severity":"P{{random.Next(0, 4)}}","by":"lead","reason":"judged by hand"}""");
            }

            foreach (var role in Roles.Where(_ => random.NextDouble() < 0.6))
            {
                Add(1 + random.NextDouble() * 6, $$"""{"type":"roleAssigned","role":"{{role}}","person":"p{{random.Next(100)}}"}""");
            }

            var resolvedAt = 10 + random.NextDouble() * 12;
            if (random.NextDouble() < 0.75)
            {
                for (var t = 1 + random.NextDouble() * 3; t < resolvedAt; t += 3 + random.NextDouble() * 5)
                {
                    Add(t, """{"type":"statusUpdatePosted","note":"investigating"}""");
                }
            }

            if (random.NextDouble() < 0.6)
            {
                Add(resolvedAt - 2 - random.NextDouble() * 4, """{"type":"mitigationApplied","action":"rollback"}""");
            }

            if (random.NextDouble() < 0.85)
            {
                Add(resolvedAt, """{"type":"resolved"}""");
                if (random.NextDouble() < 0.5)
                {
                    Add(resolvedAt + 2 + random.NextDouble() * 8, """{"type":"reviewCompleted"}""");
                }
            }

            events.Sort((a, b) => a.Item1.CompareTo(b.Item1));
            scenarios.Add(new Scenario(
                $"{prefix}-{i.ToString("D3", CultureInfo.InvariantCulture)}",
                spread * i / count,
                Scopes[random.Next(Scopes.Length)],
                Users[random.Next(Users.Length)],
                events));
        }

        return scenarios;
    }
}
