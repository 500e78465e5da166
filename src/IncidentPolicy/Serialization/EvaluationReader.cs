using System;
using System.Collections.Immutable;
using System.Linq;
using IncidentPolicy.Evaluation;
using IncidentPolicy.Model;
using IncidentPolicy.Rules;
using IncidentPolicy.Validation;

namespace IncidentPolicy.Serialization;

/// <summary>
/// Reads back what <see cref="IncidentJson.WriteEvaluation"/> writes, for hosts that store results: every key is
/// required (<c>null</c> where the contract allows it), levels are resolved by name through the engine's
/// policy and diagnostics' rules by ID through the engine's rules.
/// </summary>
internal sealed class EvaluationReader
{
    private const string ResultExpected = "an evaluation result (a JSON object)";
    private const string LevelExpected = "the name of a severity level, a string such as \"P1\"";
    private const string RuleIdExpected = "a rule ID, a non-empty string such as \"IRP3001\"";

    private readonly PolicyEngine _engine;
    private readonly JsonValueReader _values = new();

    private EvaluationReader(PolicyEngine engine) => _engine = engine;

    public static PolicyEvaluation Read(string json, PolicyEngine engine, string? source)
    {
        var reader = new EvaluationReader(engine);
        using var document = JsonInput.Parse(json, ResultExpected, reader._values, JsonLimits.Fixed);
        var result = reader._values.Root(document, ResultExpected);
        var evaluation = result is null ? null : reader.Read(result);
        return evaluation ?? throw new InvalidEvaluationException(reader._values.Problems, source);
    }

    /// <summary>The evaluation, or <see langword="null"/> when the document has problems.</summary>
    private PolicyEvaluation? Read(JsonObjectReader result)
    {
        var incidentId = result.RequiredString("incidentId", "the incident's id, a string");
        var evaluatedAt = result.RequiredInstant("evaluatedAt");
        var severity = Level(result, "severity");
        var peakSeverity = Level(result, "peakSeverity");
        var status = result.RequiredEnum("status", WireNames.Status);
        var phase = result.RequiredEnum("phase", WireNames.Phase);
        var channel = result.NullableString("channel", "the incident channel's name, a string");

        var history = result.RequiredArray("severityHistory", "the severity history, an array")
            .Select(item => _values.Object(item.Item, item.Location, "a severity change (a JSON object)") is { } change
                ? new SeverityChange(
                    Level(change, "severity")!,
                    change.RequiredInstant("since") ?? default,
                    change.RequiredString("ruleId", RuleIdExpected, nonBlank: true)!,
                    change.RequiredString("reason", "why, a string")!)
                : null)
            .ToImmutableArray();

        var deadlines = result.RequiredObject("deadlines", "the deadlines, an object") is { } d
            ? new IncidentDeadlines(
                d.NullableInstant("responseBy"),
                d.NullableInstant("nextUpdateBy"),
                d.NullableInstant("escalatesAt"),
                d.NullableInstant("earliestResolveAt"),
                d.NullableInstant("reviewBy"),
                d.NullableInstant("nextCustomerUpdateBy"))
            : null;

        var notifications = result.RequiredArray("notifications", "the notifications, an array")
            .Select(item => _values.Object(item.Item, item.Location, "a notification (a JSON object)") is { } n
                ? new Notification(
                    n.RequiredString("recipient", "the recipient, a non-empty string", nonBlank: true)!,
                    Level(n, "severity")!,
                    n.RequiredInstant("at") ?? default,
                    n.RequiredString("ruleId", RuleIdExpected, nonBlank: true)!,
                    n.RequiredString("key", "the de-duplication key, a non-empty string", nonBlank: true)!,
                    n.RequiredEnum("channel", WireNames.Channel) ?? default,
                    n.RequiredString("reason", "why, a string")!)
                : null)
            .ToImmutableArray();

        var diagnostics = result.RequiredArray("diagnostics", "the diagnostics, an array")
            .Select(item => _values.Object(item.Item, item.Location, "a diagnostic (a JSON object)") is { } diagnostic
                ? new PolicyDiagnostic(
                    Rule(diagnostic)!,
                    diagnostic.RequiredEnum("severity", WireNames.DiagnosticSeverity) ?? default,
                    diagnostic.RequiredInstant("at") ?? default,
                    diagnostic.RequiredString("message", "the message, a string")!)
                : null)
            .ToImmutableArray();

        var nextEvaluationAt = result.NullableInstant("nextEvaluationAt");

        // Values that failed to read are placeholders above: nothing is built when any did.
        if (_values.HasProblems)
        {
            return null;
        }

        return new PolicyEvaluation
        {
            IncidentId = incidentId!,
            EvaluatedAt = evaluatedAt!.Value,
            Severity = severity!,
            PeakSeverity = peakSeverity!,
            Status = status!.Value,
            Phase = phase!.Value,
            Channel = channel,
            SeverityHistory = [.. history.Select(h => h!)],
            Deadlines = deadlines!,
            Notifications = [.. notifications.Select(n => n!)],
            Diagnostics = [.. diagnostics.Select(x => x!)],
            NextEvaluationAt = nextEvaluationAt,
        };
    }

    private SeverityLevel? Level(JsonObjectReader owner, string name)
    {
        if (owner.RequiredString(name, LevelExpected, nonBlank: true) is not { } levelName)
        {
            return null;
        }

        if (_engine.Policy.TryGetLevel(levelName, out var level))
        {
            return level.Level;
        }

        _values.Add(owner.LocationOf(name), ProblemMessages.UnknownName("level", levelName, _engine.Policy.Levels.Select(l => l.Level.Name)));
        return null;
    }

    private RuleDescriptor? Rule(JsonObjectReader diagnostic)
    {
        if (diagnostic.RequiredString("id", RuleIdExpected, nonBlank: true) is not { } id)
        {
            return null;
        }

        var rule = _engine.Rules.FirstOrDefault(r => string.Equals(r.Id, id, StringComparison.Ordinal));
        if (rule is null)
        {
            _values.Add(diagnostic.LocationOf("id"), ProblemMessages.UnknownName("rule", id, _engine.Rules.Select(r => r.Id)));
        }

        return rule;
    }
}
