using System.IO;
using System.Text.Json;
using IncidentPolicy.Policy;
using IncidentPolicy.Serialization;

namespace IncidentPolicy.Samples.Tests.Support;

/// <summary>The policies the hosting samples configure in their appsettings.json (section IncidentPolicy), read as override documents.</summary>
internal static class Incidents
{
    public static ResponsePolicy ApiPolicy() => PolicyOf("IncidentPolicy.Samples.Api");

    public static ResponsePolicy WorkerPolicy() => PolicyOf("IncidentPolicy.Samples.Worker");

    private static ResponsePolicy PolicyOf(string sample)
    {
        using var settings = JsonDocument.Parse(File.ReadAllText(Repository.PathOf("samples", sample, "appsettings.json")));
        return PolicyJson.ReadOverride(settings.RootElement.GetProperty("IncidentPolicy").GetRawText(), source: $"{sample}/appsettings.json");
    }
}
