using System.Collections.Generic;
using System.Linq;
using System.Text.Json;
using Json.Schema;

namespace IncidentPolicy.Tests.Support;

/// <summary>The JSON Schemas of schemas/, with formats asserted (an instant must be a date-time, not only a string).</summary>
internal static class Schemas
{
    public static JsonSchema Incident { get; } = JsonSchema.FromFile(Repository.PathOf("schemas", "incident.schema.json"));

    public static JsonSchema Evaluation { get; } = JsonSchema.FromFile(Repository.PathOf("schemas", "evaluation.schema.json"));

    public static JsonSchema Simulation { get; } = JsonSchema.FromFile(Repository.PathOf("schemas", "simulation.schema.json"));

    /// <summary>Every error of <paramref name="json"/> against <paramref name="schema"/>, as "instance location: message"; empty when valid.</summary>
    public static IReadOnlyList<string> Errors(JsonSchema schema, string json)
    {
        using var document = JsonDocument.Parse(json);
        var options = new EvaluationOptions { OutputFormat = OutputFormat.List, RequireFormatValidation = true };
        var results = schema.Evaluate(document.RootElement, options);
        if (results.IsValid)
        {
            return [];
        }

        return [.. (results.Details ?? [])
            .Where(d => d.Errors is not null)
            .SelectMany(d => d.Errors!.Select(e => $"{d.InstanceLocation}: {e.Key}: {e.Value}"))
            .DefaultIfEmpty("invalid, without details")];
    }
}
