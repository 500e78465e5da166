using System;
using System.Linq;
using System.Text.Json.Nodes;
using IncidentPolicy.Checklist;
using IncidentPolicy.Serialization;
using IncidentPolicy.Testing.Wire;
using static IncidentPolicy.Tests.Serialization.SchemaExport.WireSchemaAnnotation;

namespace IncidentPolicy.Tests.Serialization.SchemaExport;

/// <summary>The descriptions and constraints of schemas/policy-test.schema.json (docs/policy-tests.md) that its wire types cannot carry.</summary>
internal static class PolicyTestSchemaAnnotations
{
    private const string Level = "The name of a severity level of the policy, such as P1.";

    /// <summary>Adds each annotation through <paramref name="add"/> (the wire type, the JSON name, the description, the constraint).</summary>
    public static void AddTo(Action<Type, string, string?, Func<JsonObject, JsonObject>?> add)
    {
        add(typeof(PolicyTestFileWire), "policy", "The policy under test: a policy document's path relative to the test file's folder, or the document inline (an override of the default policy, or a whole policy with \"extends\": \"none\"). Left out: the default policy.",
            _ => PathOr("policy.schema.json", "A policy document's path, relative to the test file's folder."));
        add(typeof(PolicyTestFileWire), "cases", "The cases, at least one.", Keyword("minItems", 1));
        add(typeof(PolicyTestCaseWire), "name", "What the case shows, unique in the file.", NonBlank);
        add(typeof(PolicyTestCaseWire), "incident", "The incident record: its path relative to the test file's folder, or the record inline.",
            _ => PathOr("incident.schema.json", "An incident record's path, relative to the test file's folder."));
        add(typeof(PolicyTestCaseWire), "at", "The evaluation instant, not before the incident's detection.", null);
        add(typeof(PolicyTestCaseWire), "expect", "What the evaluation at at must say: at least one expectation. Only what is named is compared.", Keyword("minProperties", 1));
        add(typeof(PolicyTestExpectWire), "severity", "The level in force at at. " + Level, NonBlank);
        add(typeof(PolicyTestExpectWire), "peakSeverity", "The most severe level reached. " + Level, NonBlank);
        add(typeof(PolicyTestExpectWire), "status", "The incident's status.", OneOf(WireNames.Status.Names));
        add(typeof(PolicyTestExpectWire), "phase", "The incident's phase.", OneOf(WireNames.Phase.Names));
        add(typeof(PolicyTestExpectWire), "channel", "The incident channel's name; null when IRP5002 is configured none.", null);
        add(typeof(PolicyTestExpectWire), "deadlines", "Deadlines by their key in the evaluation's deadlines, each an instant or null (it does not apply); the others are not compared.", Keyword("minProperties", 1));
        add(typeof(PolicyTestExpectWire), "nextEvaluationAt", "The instant the result next changes; null when it never does.", null);
        add(typeof(PolicyTestExpectWire), "diagnostics", "Rules whose diagnostic the evaluation has (present) and has not (absent).", Keyword("minProperties", 1));
        add(typeof(PolicyTestExpectWire), "notified", "Recipients among the notifications.", All(Keyword("minItems", 1), Items(NonBlank)));
        add(typeof(PolicyTestExpectWire), "notNotified", "Recipients not among the notifications.", All(Keyword("minItems", 1), Items(NonBlank)));
        add(typeof(PolicyTestExpectWire), "checklist", "Checklist items by key, each with the state it is in at at.", All(
            Keyword("minProperties", 1),
            Keyword("propertyNames", new JsonObject { ["enum"] = new JsonArray([.. ChecklistItems.All.Select(i => (JsonNode)i.Key)]) }),
            Values(OneOf(WireNames.ChecklistItemState.Names))));
        add(typeof(PolicyTestExpectWire), "messages", "Messages by kind, each with the texts it contains.", All(
            Keyword("minProperties", 1),
            Keyword("propertyNames", new JsonObject { ["enum"] = new JsonArray([.. WireNames.MessageKind.Names.Select(n => (JsonNode)n)]) })));
        add(typeof(DiagnosticsExpectWire), "present", "Diagnostics the evaluation has: a rule ID (at any instant), or an object with the ID and the instant.", Keyword("items", Diagnostic()));
        add(typeof(DiagnosticsExpectWire), "absent", "Diagnostics the evaluation has not: a rule ID (at no instant), or an object with the ID and the instant.", Keyword("items", Diagnostic()));
        add(typeof(MessageExpectWire), "contains", "A text the message contains, or a list of them; none empty.", _ => new JsonObject
        {
            ["anyOf"] = new JsonArray(
                new JsonObject { ["type"] = "string", ["minLength"] = 1 },
                new JsonObject { ["type"] = "array", ["items"] = new JsonObject { ["type"] = "string", ["minLength"] = 1 }, ["minItems"] = 1 }),
        });
        add(typeof(MessageExpectWire), "format", "The format the message is composed in. Left out: text.", OneOf(WireNames.MessageFormat.Names));
    }

    /// <summary>A path, or the document inline: an object described by <paramref name="schema"/>, a file of schemas/ of its own (not referred to, so this file stands alone).</summary>
    private static JsonObject PathOr(string schema, string pathDescription) => new()
    {
        ["anyOf"] = new JsonArray(
            new JsonObject { ["description"] = pathDescription, ["type"] = "string", ["pattern"] = "\\S" },
            new JsonObject { ["description"] = $"The document inline, as schemas/{schema} describes it.", ["type"] = "object" }),
    };

    private static JsonObject Diagnostic() => new()
    {
        ["anyOf"] = new JsonArray(
            new JsonObject { ["type"] = "string", ["pattern"] = "\\S" },
            new JsonObject
            {
                ["type"] = "object",
                ["properties"] = new JsonObject
                {
                    ["id"] = new JsonObject { ["description"] = "The rule's ID, such as IRP2001.", ["type"] = "string", ["pattern"] = "\\S" },
                    ["at"] = new JsonObject { ["description"] = "The diagnostic's instant; left out for any instant.", ["$ref"] = "#/$defs/instant" },
                },
                ["required"] = new JsonArray("id"),
                ["additionalProperties"] = false,
            }),
    };
}
