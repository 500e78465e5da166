using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Security;
using System.Text.Json;
using IncidentPolicy.Checklist;
using IncidentPolicy.Communications;
using IncidentPolicy.Model;
using IncidentPolicy.Policy;
using IncidentPolicy.Rules;
using IncidentPolicy.Serialization;
using IncidentPolicy.Text;
using IncidentPolicy.Validation;
using NodaTime;

namespace IncidentPolicy.Testing;

/// <summary>
/// Reads one policy test file through the reader layer every document is read with (<see cref="JsonInput"/>,
/// <see cref="JsonObjectReader"/>), collecting every problem with its place in the file: the file's own shape, the
/// policy and incident records it names (a file's problems are reported at the path that names the file, an inline
/// document's at their own path under it), and the names an expectation uses that the policy does not have.
/// </summary>
internal sealed class PolicyTestReader(string? directory, string? source)
{
    private const string FileExpected = "a policy test file: an object with \"cases\" and, optionally, \"policy\"";
    private const string PolicyExpected = "a policy document's path relative to the test file, or a policy document (an object)";
    private const string IncidentExpected = "an incident record's path relative to the test file, or an incident record (an object)";
    private const string CaseExpected = "a case: an object with name, incident, at and expect";
    private const string ExpectExpected = "an object naming what the evaluation should say";
    private const string LevelExpected = "a level's name such as \"P1\"";
    private const string RuleExpected = "a rule's ID such as \"IRP2001\", or an object with \"id\" and \"at\"";

    private static readonly string[] FileFields = [PolicyTestFields.Policy, PolicyTestFields.Cases];
    private static readonly string[] CaseFields = [PolicyTestFields.CaseName, PolicyTestFields.Incident, PolicyTestFields.At, PolicyTestFields.Expect];
    private static readonly string[] DiagnosticsFields = [PolicyTestFields.Present, PolicyTestFields.Absent];
    private static readonly string[] DiagnosticFields = [PolicyTestFields.Id, PolicyTestFields.At];
    private static readonly string[] MessageFields = [PolicyTestFields.Contains, PolicyTestFields.Format];

    /// <summary>The fields of <c>expect</c>, in the order docs/policy-tests.md lists them.</summary>
    internal static readonly ImmutableArray<string> ExpectFields =
    [
        EvaluationFields.Severity, EvaluationFields.PeakSeverity, EvaluationFields.Status, EvaluationFields.Phase, EvaluationFields.Channel,
        EvaluationFields.Deadlines, EvaluationFields.NextEvaluationAt, EvaluationFields.Diagnostics,
        PolicyTestFields.Notified, PolicyTestFields.NotNotified, PolicyTestFields.Checklist, PolicyTestFields.Messages,
    ];

    private readonly JsonValueReader _values = new();

    public PolicyTestSuite Read(string json)
    {
        PolicyTestSuite? suite = null;
        using (var document = JsonInput.Parse(json, FileExpected, _values))
        {
            if (_values.Root(document, FileExpected) is { } root)
            {
                RefuseUnknown(root, FileFields);
                var policy = ReadPolicy(root);
                suite = new PolicyTestSuite(source, policy ?? ResponsePolicy.Default, ReadCases(root, policy));
            }
        }

        return _values.HasProblems || suite is null ? throw new InvalidPolicyTestException(_values.Problems, source) : suite;
    }

    /// <summary>The policy, the default one when the file names none; <see langword="null"/> when the one it names has problems.</summary>
    private ResponsePolicy? ReadPolicy(JsonObjectReader root)
    {
        var location = root.LocationOf(PolicyTestFields.Policy);
        switch (root.Optional(PolicyTestFields.Policy))
        {
            case null:
                return ResponsePolicy.Default;
            case { ValueKind: JsonValueKind.String } path:
                return _values.String(path, location, PolicyExpected, nonBlank: true) is { } relative && ReadFile(relative, location, "policy") is { } text
                    ? Build(location, relative, () => PolicyJson.ReadOverride(text))
                    : null;
            case { ValueKind: JsonValueKind.Object } inline:
                return Build(location, null, () => ResponsePolicy.Default.ToBuilder().ApplyJson(inline).Build());
            case { } other:
                _values.Unexpected(other, location, PolicyExpected);
                return null;
        }
    }

    private ResponsePolicy? Build(ProblemLocation location, string? file, Func<ResponsePolicy> build)
    {
        try
        {
            return build();
        }
        catch (InvalidPolicyException e)
        {
            Report(location, file, "policy", e);
            return null;
        }
    }

    private ImmutableArray<PolicyTestCase> ReadCases(JsonObjectReader root, ResponsePolicy? policy)
    {
        var items = root.RequiredArray(PolicyTestFields.Cases, "a list of cases");
        if (items.Count == 0 && root.Optional(PolicyTestFields.Cases) is { ValueKind: JsonValueKind.Array })
        {
            _values.Add(root.LocationOf(PolicyTestFields.Cases), ProblemMessages.Expected("at least one case", "an empty list"));
        }

        var names = new HashSet<string>(StringComparer.Ordinal);
        var cases = ImmutableArray.CreateBuilder<PolicyTestCase>();
        foreach (var (item, location) in items)
        {
            if (_values.Object(item, location, CaseExpected) is { } fields && ReadCase(fields, policy, names) is { } testCase)
            {
                cases.Add(testCase);
            }
        }

        return cases.ToImmutable();
    }

    private PolicyTestCase? ReadCase(JsonObjectReader fields, ResponsePolicy? policy, HashSet<string> names)
    {
        RefuseUnknown(fields, CaseFields);
        var name = fields.RequiredString(PolicyTestFields.CaseName, "the case's name, a non-empty string", nonBlank: true);
        if (name is not null && !names.Add(name))
        {
            _values.Add(fields.LocationOf(PolicyTestFields.CaseName), $"duplicate case name {Quote.Json(name)}: each case of a file needs a name of its own");
        }

        var incident = ReadIncident(fields, policy);
        var at = fields.RequiredInstant(PolicyTestFields.At);
        if (incident is not null && at is { } instant && instant < incident.DetectedAt)
        {
            _values.Add(
                fields.LocationOf(PolicyTestFields.At),
                ProblemMessages.Expected($"an instant at or after the incident's detection ({InstantJson.Format(incident.DetectedAt)})", Quote.Json(InstantJson.Format(instant))));
        }

        var expectations = ReadExpect(fields, policy);
        return name is not null && incident is not null && at is not null ? new PolicyTestCase(name, incident, at.Value, expectations, fields.Location) : null;
    }

    private IncidentRecord? ReadIncident(JsonObjectReader fields, ResponsePolicy? policy)
    {
        var location = fields.LocationOf(PolicyTestFields.Incident);
        var options = IncidentReadOptions.Default with { Policy = policy };
        switch (fields.Required(PolicyTestFields.Incident, IncidentExpected))
        {
            case { ValueKind: JsonValueKind.String } path:
                return _values.String(path, location, IncidentExpected, nonBlank: true) is { } relative && ReadFile(relative, location, "incident") is { } text
                    ? ReadRecord(location, relative, text, options)
                    : null;
            case { ValueKind: JsonValueKind.Object } inline:
                return ReadRecord(location, null, inline.GetRawText(), options);
            case { } other:
                _values.Unexpected(other, location, IncidentExpected);
                return null;
            default:
                return null;
        }
    }

    private IncidentRecord? ReadRecord(ProblemLocation location, string? file, string json, IncidentReadOptions options)
    {
        try
        {
            return IncidentJson.ReadIncident(json, null, options);
        }
        catch (InvalidIncidentException e)
        {
            Report(location, file, "incident", e);
            return null;
        }
    }

    /// <summary>
    /// The problems of a document the test file names: a file's at the path that names it, each with its own path
    /// in that file (<c>$.cases[0].incident: incident file "a.json": $.events[2].at: ...</c>); an inline document's at
    /// their own path under the place it is written (<c>$.cases[0].incident.events[2].at</c>).
    /// </summary>
    private void Report(ProblemLocation location, string? file, string noun, InvalidInputException refused)
    {
        foreach (var problem in refused.Problems)
        {
            if (file is null)
            {
                _values.Add(problem.Location.Segments.Aggregate(location, (at, segment) => at.Then(segment)), problem.Message);
            }
            else
            {
                _values.Add(location, $"{noun} file {Quote.Json(file)}: {problem}");
            }
        }
    }

    /// <summary>The text of a file the test file names, relative to its folder; <see langword="null"/> (and a problem) when it cannot be read.</summary>
    private string? ReadFile(string relative, ProblemLocation location, string noun)
    {
        if (directory is null)
        {
            _values.Add(location, $"{noun} file {Quote.Json(relative)}: a path needs the test file's folder (read the file with PolicyTestFile.ReadFile, or give its folder)");
            return null;
        }

        var full = Path.GetFullPath(relative, directory);
        if (!File.Exists(full))
        {
            _values.Add(location, $"no such {noun} file {Quote.Json(relative)} (paths are relative to the test file's folder)");
            return null;
        }

        try
        {
            return File.ReadAllText(full);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or SecurityException)
        {
            _values.Add(location, $"cannot read the {noun} file {Quote.Json(relative)}: {e.Message}");
            return null;
        }
    }

    private ImmutableArray<PolicyExpectation> ReadExpect(JsonObjectReader fields, ResponsePolicy? policy)
    {
        if (fields.RequiredObject(PolicyTestFields.Expect, ExpectExpected) is not { } expect)
        {
            return [];
        }

        var problemsBefore = _values.Problems.Count;
        RefuseUnknown(expect, ExpectFields);
        var expectations = new List<PolicyExpectation>();
        foreach (var (name, value) in expect.Properties)
        {
            var location = expect.LocationOf(name);
            if (name == EvaluationFields.Severity || name == EvaluationFields.PeakSeverity)
            {
                AddValue(expectations, name, Level(value, location, policy), location);
            }
            else if (name == EvaluationFields.Status)
            {
                AddValue(expectations, name, _values.Enum(value, location, WireNames.Status) is { } status ? WireNames.Status.Name(status) : null, location);
            }
            else if (name == EvaluationFields.Phase)
            {
                AddValue(expectations, name, _values.Enum(value, location, WireNames.Phase) is { } phase ? WireNames.Phase.Name(phase) : null, location);
            }
            else if (name == EvaluationFields.Channel)
            {
                AddNullable(expectations, name, value, location, () => _values.String(value, location, "a channel's name, or null"));
            }
            else if (name == EvaluationFields.NextEvaluationAt)
            {
                AddNullable(expectations, name, value, location, () => Instant(value, location));
            }
            else if (name == EvaluationFields.Deadlines)
            {
                ReadDeadlines(expectations, value, location);
            }
            else if (name == EvaluationFields.Diagnostics)
            {
                ReadDiagnostics(expectations, value, location, policy);
            }
            else if (name == PolicyTestFields.Notified || name == PolicyTestFields.NotNotified)
            {
                ReadRecipients(expectations, value, location, notified: name == PolicyTestFields.Notified, policy);
            }
            else if (name == PolicyTestFields.Checklist)
            {
                ReadChecklist(expectations, value, location);
            }
            else if (name == PolicyTestFields.Messages)
            {
                ReadMessages(expectations, value, location);
            }
        }

        if (expectations.Count == 0 && _values.Problems.Count == problemsBefore)
        {
            _values.Add(expect.Location, ProblemMessages.Expected($"at least one of {ProblemMessages.OneOf(ExpectFields)} (a case that expects nothing cannot fail)", "nothing to compare"));
        }

        return [.. expectations];
    }

    private static void AddValue(List<PolicyExpectation> expectations, string field, string? value, ProblemLocation location)
    {
        if (value is not null)
        {
            expectations.Add(new ValueExpectation(field, value, location));
        }
    }

    /// <summary>A field whose expected value may be <c>null</c>: <c>null</c> is expected as such, anything else is read by <paramref name="read"/>.</summary>
    private static void AddNullable(List<PolicyExpectation> expectations, string field, JsonElement value, ProblemLocation location, Func<string?> read)
    {
        if (value.ValueKind == JsonValueKind.Null)
        {
            expectations.Add(new ValueExpectation(field, null, location));
        }
        else
        {
            AddValue(expectations, field, read(), location);
        }
    }

    private string? Instant(JsonElement value, ProblemLocation location) =>
        _values.Instant(value, location) is { } instant ? InstantJson.Format(instant) : null;

    private string? Level(JsonElement value, ProblemLocation location, ResponsePolicy? policy)
    {
        var name = _values.String(value, location, LevelExpected, nonBlank: true);
        if (name is not null && policy is not null && !policy.TryGetLevel(name, out _))
        {
            _values.Add(location, ProblemMessages.UnknownName("level", name, policy.Levels.Select(l => l.Name)));
            return null;
        }

        return name;
    }

    private void ReadDeadlines(List<PolicyExpectation> expectations, JsonElement value, ProblemLocation location)
    {
        if (_values.Object(value, location, "an object of deadlines, such as {\"responseBy\": \"2024-03-15T16:00:00Z\"}") is not { } deadlines)
        {
            return;
        }

        RefuseUnknown(deadlines, EvaluationFields.DeadlineNames);
        RequireSome(deadlines, $"at least one of {ProblemMessages.OneOf(EvaluationFields.DeadlineNames)}");
        foreach (var (name, instant) in deadlines.Properties.Where(p => EvaluationFields.DeadlineNames.Contains(p.Name, StringComparer.Ordinal)))
        {
            var at = deadlines.LocationOf(name);
            AddNullable(expectations, EvaluationFields.Deadline(name), instant, at, () => Instant(instant, at));
        }
    }

    private void ReadDiagnostics(List<PolicyExpectation> expectations, JsonElement value, ProblemLocation location, ResponsePolicy? policy)
    {
        if (_values.Object(value, location, "an object with \"present\" and/or \"absent\", lists of rule IDs") is not { } diagnostics)
        {
            return;
        }

        RefuseUnknown(diagnostics, DiagnosticsFields);
        RequireSome(diagnostics, "\"present\" or \"absent\"");
        // The built-in rules are known whatever the policy; custom rules only with a policy that reads.
        var known = BuiltInRules.All.Concat(policy?.CustomRules.Select(r => r.Descriptor) ?? []).Select(r => r.Id).ToList();
        foreach (var (name, present) in new[] { (PolicyTestFields.Present, true), (PolicyTestFields.Absent, false) })
        {
            foreach (var (item, at) in diagnostics.OptionalArray(name, "a list of rule IDs"))
            {
                if (ReadDiagnostic(item, at, known) is { } read)
                {
                    expectations.Add(new DiagnosticExpectation(read.Id, present, read.At, at));
                }
            }
        }
    }

    private (string Id, Instant? At)? ReadDiagnostic(JsonElement item, ProblemLocation location, List<string> known)
    {
        string? id;
        Instant? at = null;
        var idLocation = location;
        if (item.ValueKind == JsonValueKind.Object)
        {
            var fields = new JsonObjectReader(item, location, _values);
            RefuseUnknown(fields, DiagnosticFields);
            id = fields.RequiredString(PolicyTestFields.Id, "a rule's ID such as \"IRP2001\"", nonBlank: true);
            at = fields.OptionalInstant(PolicyTestFields.At);
            idLocation = fields.LocationOf(PolicyTestFields.Id);
            if (fields.Optional(PolicyTestFields.At) is not null && at is null)
            {
                return null;
            }
        }
        else
        {
            id = _values.String(item, location, RuleExpected, nonBlank: true);
        }

        if (id is not null && !known.Contains(id, StringComparer.Ordinal))
        {
            _values.Add(idLocation, ProblemMessages.UnknownName("rule", id, known, NearestName.Find(id, known)));
            return null;
        }

        return id is null ? null : (id, at);
    }

    private void ReadRecipients(List<PolicyExpectation> expectations, JsonElement value, ProblemLocation location, bool notified, ResponsePolicy? policy)
    {
        var known = policy?.RecipientChannels.Keys.Concat(policy.Levels.SelectMany(l => l.Notify)).Distinct(StringComparer.Ordinal).ToList();
        var recipients = _values.Strings(value, location, "a list of recipients, such as [\"teamLead\"]", "a recipient's name");
        if (recipients is { Count: 0 })
        {
            _values.Add(location, ProblemMessages.Expected("at least one recipient", "an empty list"));
        }

        foreach (var (recipient, at) in recipients ?? [])
        {
            if (known is not null && !known.Contains(recipient, StringComparer.Ordinal))
            {
                _values.Add(at, ProblemMessages.UnknownName("recipient", recipient, known, NearestName.Find(recipient, known)));
            }
            else
            {
                expectations.Add(new NotificationExpectation(recipient, notified, at));
            }
        }
    }

    private void ReadChecklist(List<PolicyExpectation> expectations, JsonElement value, ProblemLocation location)
    {
        if (_values.Object(value, location, "an object of checklist items and their states, such as {\"channelOpened\": \"done\"}") is not { } items)
        {
            return;
        }

        var keys = ChecklistItems.All.Select(i => i.Key).ToList();
        RequireSome(items, "at least one checklist item");
        foreach (var (key, state) in items.Properties)
        {
            var at = items.LocationOf(key);
            if (!keys.Contains(key, StringComparer.Ordinal))
            {
                _values.Add(at, ProblemMessages.UnknownName("checklist item", key, keys, NearestName.Find(key, keys)));
            }
            else if (_values.Enum(state, at, WireNames.ChecklistItemState) is { } expected)
            {
                expectations.Add(new ChecklistExpectation(key, expected, at));
            }
        }
    }

    private void ReadMessages(List<PolicyExpectation> expectations, JsonElement value, ProblemLocation location)
    {
        if (_values.Object(value, location, "an object of messages by kind, such as {\"initialAlert\": {\"contains\": \"P1\"}}") is not { } messages)
        {
            return;
        }

        RequireSome(messages, $"at least one of {WireNames.MessageKind.Expected}");
        foreach (var (name, message) in messages.Properties)
        {
            var at = messages.LocationOf(name);
            if (!WireNames.MessageKind.TryParse(name, out var kind))
            {
                _values.Add(at, ProblemMessages.UnknownName(WireNames.MessageKind.Noun, name, WireNames.MessageKind.Names));
                continue;
            }

            if (_values.Object(message, at, "an object with \"contains\" and, optionally, \"format\"") is not { } fields)
            {
                continue;
            }

            RefuseUnknown(fields, MessageFields);
            var format = fields.OptionalEnum(PolicyTestFields.Format, WireNames.MessageFormat) ?? MessageFormat.Text;
            foreach (var (text, textAt) in Texts(fields))
            {
                expectations.Add(new MessageExpectation(kind, format, text, textAt));
            }
        }
    }

    /// <summary>The texts of <c>contains</c>: one string, or a list of them; none is empty.</summary>
    private IReadOnlyList<(string Text, ProblemLocation Location)> Texts(JsonObjectReader fields)
    {
        const string Expected = "a text the message contains, or a list of them";
        var location = fields.LocationOf(PolicyTestFields.Contains);
        switch (fields.Required(PolicyTestFields.Contains, Expected))
        {
            case { ValueKind: JsonValueKind.Array } list:
                var texts = _values.Strings(list, location, Expected, "a non-empty text") ?? [];
                if (list.GetArrayLength() == 0)
                {
                    _values.Add(location, ProblemMessages.Expected("at least one text", "an empty list"));
                }

                return [.. texts.Where(t => NonEmpty(t.Text, t.Location))];
            case { } one when _values.String(one, location, Expected) is { } text && NonEmpty(text, location):
                return [(text, location)];
            default:
                return [];
        }
    }

    private bool NonEmpty(string text, ProblemLocation location)
    {
        if (text.Length > 0)
        {
            return true;
        }

        _values.Add(location, ProblemMessages.Expected("a non-empty text (every message contains the empty text)", "\"\""));
        return false;
    }

    private void RequireSome(JsonObjectReader fields, string expected)
    {
        if (fields.Properties.Count == 0)
        {
            _values.Add(fields.Location, ProblemMessages.Expected(expected, "an empty object"));
        }
    }

    /// <summary>Each property of <paramref name="fields"/> that is not one of <paramref name="known"/> is a problem, with the known name it most likely meant.</summary>
    private static void RefuseUnknown(JsonObjectReader fields, IReadOnlyCollection<string> known)
    {
        foreach (var (name, _) in fields.Properties)
        {
            if (!known.Contains(name, StringComparer.Ordinal))
            {
                fields.Values.Add(fields.LocationOf(name), ProblemMessages.UnknownProperty(name, known));
            }
        }
    }
}
