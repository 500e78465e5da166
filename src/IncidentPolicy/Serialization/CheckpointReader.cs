using System.Collections.Immutable;
using System.Text.Json;
using IncidentPolicy.Evaluation;
using IncidentPolicy.Evaluation.Resume;
using IncidentPolicy.Model;
using IncidentPolicy.Validation;

namespace IncidentPolicy.Serialization;

/// <summary>
/// Reads an evaluation checkpoint. Only its shape is checked here: whether its state fits a policy is decided when
/// it is resumed (a checkpoint that does not fit makes the evaluation replay from detection, never fail).
/// </summary>
internal sealed class CheckpointReader
{
    private const string CheckpointExpected = "an evaluation checkpoint (a JSON object)";
    private const string FingerprintExpected = "a fingerprint, a non-empty string";

    private readonly JsonValueReader _values = new();

    public static EvaluationCheckpoint Read(string json, string? source, CheckpointReadOptions options)
    {
        var reader = new CheckpointReader();
        using var document = JsonInput.Parse(json, CheckpointExpected, reader._values, options.Limits);
        var root = reader._values.Root(document, CheckpointExpected);
        var checkpoint = root is null ? null : reader.Read(root);
        return checkpoint ?? throw new InvalidCheckpointException(reader._values.Problems, source);
    }

    private EvaluationCheckpoint? Read(JsonObjectReader root)
    {
        var incidentId = root.RequiredString("incidentId", "the incident's id, a non-empty string", nonBlank: true);
        var at = root.RequiredInstant("at");
        var engineVersion = root.RequiredString("engineVersion", "the engine's version, a non-empty string", nonBlank: true);
        var policy = root.RequiredString("policyFingerprint", FingerprintExpected, nonBlank: true);
        var record = root.RequiredString("recordFingerprint", FingerprintExpected, nonBlank: true);
        var eventCount = EventCount(root);
        var impact = Impact(root);
        var facts = ImmutableArray.CreateBuilder<CheckpointFact>();
        foreach (var (item, location) in root.RequiredArray("facts", "the state facts, an array"))
        {
            if (_values.Object(item, location, "a state fact (a JSON object)") is not { } fact)
            {
                continue;
            }

            var kind = fact.RequiredString("kind", "the kind of fact, a non-empty string", nonBlank: true);
            var values = fact.Required("values", "its values, an array of strings") is { } array
                ? _values.Strings(array, fact.LocationOf("values"), "its values, an array of strings", "a value, a string")
                : null;
            if (kind is not null && values is not null)
            {
                var builder = ImmutableArray.CreateBuilder<string>(values.Count);
                foreach (var (text, _) in values)
                {
                    builder.Add(text);
                }

                facts.Add(new CheckpointFact(kind, builder.MoveToImmutable()));
            }
        }

        if (_values.HasProblems || incidentId is null || at is null || engineVersion is null || policy is null || record is null || eventCount is null || impact is null)
        {
            return null;
        }

        return new EvaluationCheckpoint(incidentId, at.Value, engineVersion, policy, record, eventCount.Value, impact, facts.ToImmutable(), liveFacts: null);
    }

    private int? EventCount(JsonObjectReader root)
    {
        const string Expected = "the number of events before the checkpoint, a whole number of 0 or more";
        if (root.Required("eventCount", Expected) is not { } value)
        {
            return null;
        }

        if (value.ValueKind == JsonValueKind.Number && value.TryGetInt32(out var count) && count >= 0)
        {
            return count;
        }

        _values.Unexpected(value, root.LocationOf("eventCount"), Expected);
        return null;
    }

    private static ImpactAssessment? Impact(JsonObjectReader root)
    {
        if (root.RequiredObject("impact", "the impact as assessed last, an object") is not { } impact)
        {
            return null;
        }

        return new ImpactAssessment(
            impact.OptionalEnum(WireFields.UsersAffected, WireNames.UsersAffected) ?? UsersAffected.Unknown,
            impact.OptionalEnum(WireFields.Scope, WireNames.Scope) ?? ImpactScope.Unknown,
            impact.OptionalBoolean(WireFields.SecurityBreach) ?? false,
            impact.OptionalBoolean(WireFields.DataCorruption) ?? false)
        {
            Description = impact.OptionalString(WireFields.Description, "who is affected and how, a string"),
            CustomerDescription = impact.OptionalString(WireFields.CustomerDescription, "who is affected and how in words for customers, a string"),
        };
    }
}
