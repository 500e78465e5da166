using System.IO;
using IncidentPolicy.Model;
using IncidentPolicy.Policy;
using IncidentPolicy.Serialization;

namespace IncidentPolicy.Cli.Tests.Support;

/// <summary>The samples the tests run the tool on, as relative paths (the tool runs from the repository root) and as values.</summary>
internal static class Samples
{
    public const string P2ClimbsToP0 = "samples/incidents/p2-climbs-to-p0.json";
    public const string PaymentsDown = "samples/incidents/payments-down-p1.json";
    public const string FridayEvening = "samples/incidents/p2-on-a-friday-evening.json";
    public const string London = "samples/policies/london.json";

    public static IncidentRecord Incident(string relativePath) => IncidentJson.ReadIncident(File.ReadAllText(Repository.PathOf(relativePath)));

    public static ResponsePolicy Policy(string relativePath) => PolicyJson.ReadOverride(File.ReadAllText(Repository.PathOf(relativePath)));
}
