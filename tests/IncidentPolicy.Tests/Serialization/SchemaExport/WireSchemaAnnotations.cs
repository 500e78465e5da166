using System;
using System.Collections.Generic;
using System.Linq;
using System.Reflection;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;
using IncidentPolicy.Evaluation;
using IncidentPolicy.Policy;
using IncidentPolicy.Serialization;
using IncidentPolicy.Serialization.Wire;
using static IncidentPolicy.Tests.Serialization.SchemaExport.WireSchemaAnnotation;

namespace IncidentPolicy.Tests.Serialization.SchemaExport;

/// <summary>
/// The descriptions and constraints of the schemas that the wire types cannot carry: one entry per wire
/// type (its description) and per property (by the wire type declaring it and its JSON name). Enum values
/// come from the library's own list of wire names.
/// </summary>
internal static class WireSchemaAnnotations
{
    private const string Level = "The name of a severity level of the policy, such as P1.";
    private const string RuleId = "A rule ID such as IRP3001.";

    private static readonly Dictionary<Type, string> Types = new()
    {
        [typeof(IncidentEventWire)] = "Something that happened to the incident, at an instant. The fields beyond type and at depend on the type.",
        [typeof(SeverityAssignedWire)] = "A person set the severity, up or down.",
        [typeof(AcknowledgedWire)] = "A responder acknowledged the incident: the response.",
        [typeof(RoleAssignedWire)] = "A person took an incident role.",
        [typeof(StatusUpdatePostedWire)] = "A status update was posted, to stakeholders inside (internal, the default) or to customers.",
        [typeof(ImpactReassessedWire)] = "The impact was assessed again; answers left out keep their previous values.",
        [typeof(MitigationAppliedWire)] = "A mitigation was applied: the verification window starts.",
        [typeof(ResolvedWire)] = "The incident was resolved.",
        [typeof(ReviewCompletedWire)] = "The post-incident review was completed.",
        [typeof(CauseIdentifiedWire)] = "The cause of the incident is known.",
        [typeof(ChannelOpenedWire)] = "The incident channel or bridge exists.",
        [typeof(InvestigationStepWire)] = "A step of the investigation method was done.",
        [typeof(ObservationWire)] = "The responders saw a signal while investigating.",
        [typeof(ReviewScheduledWire)] = "The post-incident review meeting was booked; it also applies after resolution.",
        [typeof(ActionItemCreatedWire)] = "A follow-up action item exists, with an owner and a due date; it also applies after resolution.",
        [typeof(SimulatedActionWire)] = "One thing the policy does: at, kind, ruleId, then the fields of its kind.",
        [typeof(SeverityChangedActionWire)] = "The incident entered a level.",
        [typeof(StatusChangedActionWire)] = "The incident's status changed.",
        [typeof(NotificationActionWire)] = "A recipient is notified.",
        [typeof(DiagnosticActionWire)] = "A check rule reported something.",
        [typeof(DeadlineChangedActionWire)] = "A deadline was set, moved or cleared.",
        [typeof(SeverityLevelWire)] = "The settings of one severity level.",
        [typeof(ClassificationRowWire)] = "The level for each users value, for one scope.",
        [typeof(RuleSeverityWire)] = "A severity for rules' diagnostics; none turns the rules off.",
        [typeof(IncidentPolicy.Testing.Wire.PolicyTestCaseWire)] = "A case: an incident, the instant it is evaluated at, and what the evaluation must say.",
        [typeof(IncidentPolicy.Testing.Wire.PolicyTestExpectWire)] = "What the evaluation must say. The fields of the evaluation result have its names and values; null expects null where the result may hold null.",
        [typeof(IncidentPolicy.Testing.Wire.MessageExpectWire)] = "What one message must contain.",
        [typeof(CheckpointFactWire)] = "One fact of the incident's state: its kind, and its values as strings in the order the kind defines (docs/wire-format.md).",
    };

    private static readonly Dictionary<(Type, string), WireSchemaAnnotation> Properties = Build();

    /// <summary>The properties the table annotates: each wire type with the JSON name of one of its properties.</summary>
    public static IEnumerable<(Type Type, string Name)> AnnotatedProperties => Properties.Keys;

    /// <summary>Adds the description of <paramref name="type"/> in front of <paramref name="schema"/>, when it has one.</summary>
    public static void DescribeType(Type type, JsonObject schema)
    {
        if (Types.TryGetValue(type, out var description) && !schema.ContainsKey("description"))
        {
            WireSchemaNodes.SetFirst(schema, "description", description);
        }
    }

    /// <summary>The schema of property <paramref name="name"/> of <paramref name="declaringType"/>, with its description and constraints.</summary>
    public static JsonObject Annotate(Type declaringType, string name, JsonObject schema)
    {
        if (!Properties.TryGetValue((declaringType, name), out var annotation))
        {
            return schema;
        }

        if (annotation.Constrain is { } constrain)
        {
            schema = constrain(schema);
        }

        if (annotation.Description is { } description)
        {
            WireSchemaNodes.SetFirst(schema, "description", description);
        }

        return schema;
    }

    private static Dictionary<(Type, string), WireSchemaAnnotation> Build()
    {
        var table = new Dictionary<(Type, string), WireSchemaAnnotation>();
        void Add(Type type, string name, string? description, Func<JsonObject, JsonObject>? constrain = null) => table.Add((type, name), new(description, constrain));

        Add(typeof(IncidentRecordWire), "id", "The incident's identifier; it prefixes notification de-duplication keys.", NonBlank);
        Add(typeof(IncidentRecordWire), "title", "A short description; it names the incident channel. Missing means empty.");
        Add(typeof(IncidentRecordWire), "startedAt", "When the incident started, as seen in monitoring: at or before detectedAt. Missing means detectedAt.");
        Add(typeof(IncidentRecordWire), "detectedAt", "When the incident was detected: every clock of the policy starts here.");
        Add(typeof(IncidentRecordWire), "impact", "The impact assessment at detection. Missing means all unknown.");
        Add(typeof(IncidentRecordWire), "events", "What happened, in any order: events are taken in order of at (a stable sort). Missing means none.");
        foreach (var impact in new[] { typeof(ImpactWire), typeof(ImpactUpdateWire) })
        {
            var missing = impact == typeof(ImpactWire) ? "Missing means unknown" : "Left out, it keeps its previous value";
            Add(impact, "usersAffected", $"Who is affected. {missing}; unknown is classified as all (when in doubt, over-classify).", OneOf(WireNames.UsersAffected.Names));
            Add(impact, "scope", $"What is broken. {missing}; unknown is classified as outage (when in doubt, over-classify).", OneOf(WireNames.Scope.Names));
            var flag = impact == typeof(ImpactWire) ? "Missing means false." : "Left out, it keeps its previous value.";
            Add(impact, "securityBreach", $"A data breach or security compromise: the incident is the most severe level. {flag}");
            Add(impact, "dataCorruption", $"Data integrity is broken: the incident is the most severe level. {flag}");
            var text = impact == typeof(ImpactWire) ? "Missing means none." : "Left out, it keeps its previous value.";
            Add(impact, "description", $"Who is affected and how, in the responders' words; no part of the classification. {text}");
            Add(impact, "customerDescription", $"Who is affected and how, in words for customers (non-technical, no internal names); no part of the classification. {text}");
        }

        foreach (var eventType in typeof(IncidentEventWire).GetCustomAttributes<JsonDerivedTypeAttribute>().Select(a => a.DerivedType))
        {
            Add(eventType, "at", "When it happened.");
        }

        Add(typeof(SeverityAssignedWire), "severity", Level, NonBlank);
        Add(typeof(SeverityAssignedWire), "by", "Who assigned it.");
        Add(typeof(SeverityAssignedWire), "reason", "Why.");
        Add(typeof(AcknowledgedWire), "by", "Who acknowledged.");
        Add(typeof(RoleAssignedWire), "role", "The role taken.", OneOf(WireNames.Role.Names));
        Add(typeof(RoleAssignedWire), "person", "Who took it.", NonBlank);
        Add(typeof(ImpactReassessedWire), "impact", "The answers that changed.");
        Add(typeof(MitigationAppliedWire), "action", "What was done.");
        Add(typeof(StatusUpdatePostedWire), "audience", "Who it was posted to: internal updates count for IRP5001, customer updates for IRP5003. Missing means internal.", OneOf(WireNames.Audience.Names));
        Add(typeof(StatusUpdatePostedWire), "message", "What the update said.");
        Add(typeof(ResolvedWire), "rootCause", "The root cause, in the responders' words.");
        Add(typeof(ResolvedWire), "resolution", "What resolved it.");
        Add(typeof(ResolvedWire), "customerImpact", "What customers experienced, in words for them.");
        Add(typeof(CauseIdentifiedWire), "summary", "The cause, in words.", NonBlank);
        Add(typeof(ChannelOpenedWire), "channel", "The channel or bridge opened.");
        Add(typeof(InvestigationStepWire), "step", "Which step of the investigation method.", OneOf(WireNames.Step.Names));
        Add(typeof(InvestigationStepWire), "note", "What was found.");
        Add(typeof(ObservationWire), "signal", "What was seen.", OneOf(WireNames.Signal.Names));
        Add(typeof(ObservationWire), "detail", "More about it.");
        Add(typeof(ReviewScheduledWire), "for", "When the review meeting is.");
        Add(typeof(ActionItemCreatedWire), "title", "What is to be done.", NonBlank);
        Add(typeof(ActionItemCreatedWire), "owner", "Who owns it.", NonBlank);
        Add(typeof(ActionItemCreatedWire), "dueDate", "The date it is due, such as 2024-03-22.");

        Add(typeof(EvaluationWire), "incidentId", "The incident's identifier.");
        Add(typeof(EvaluationWire), "evaluatedAt", "The instant evaluated.");
        Add(typeof(EvaluationWire), "severity", "The current level. " + Level, NonBlank);
        Add(typeof(EvaluationWire), "peakSeverity", "The most severe level reached. " + Level, NonBlank);
        Add(typeof(EvaluationWire), "status", "Where the incident is in its lifecycle.", OneOf(WireNames.Status.Names));
        Add(typeof(EvaluationWire), "phase", "How far the response has come, the furthest reached: investigating from detection, identified after a causeIdentified, mitigating after a mitigationApplied, resolved after resolved.", OneOf(WireNames.Phase.Names));
        Add(typeof(EvaluationWire), "channel", "The incident channel's name (IRP5002), or null when that rule is configured none.", Keyword("pattern", "^#incident-[0-9]{4}-[0-9]{2}-[0-9]{2}(-[a-z0-9]+)*$"));
        Add(typeof(EvaluationWire), "severityHistory", "The levels the incident entered, in the order the changes happened.");
        Add(typeof(EvaluationWire), "deadlines", "The incident's deadlines: all six, null where one does not apply.");
        Add(typeof(EvaluationWire), "notifications", "Who to notify, once per recipient per incident: by at, then level-entry order, then the order of the level's recipients.");
        Add(typeof(EvaluationWire), "diagnostics", "What the check rules found: by at, then id, then message.");
        Add(typeof(EvaluationWire), "nextEvaluationAt", "The earliest instant after evaluatedAt at which the result changes, or null if it never does.");
        Add(typeof(SeverityChangeWire), "severity", Level, NonBlank);
        Add(typeof(SeverityChangeWire), "since", "When the level was entered.");
        Add(typeof(SeverityChangeWire), "ruleId", "The rule that set the level, or manual for a severityAssigned event.", NonBlank);
        Add(typeof(SeverityChangeWire), "reason", "Why.");
        Add(typeof(DeadlinesWire), "responseBy", "When an acknowledgement is (or was) due; it keeps its value once met or missed.");
        Add(typeof(DeadlinesWire), "nextUpdateBy", "When the next status update is due; null once resolved.");
        Add(typeof(DeadlinesWire), "escalatesAt", "When the incident escalates if still unresolved; null once resolved, at a level without escalation, or with IRP3001 off.");
        Add(typeof(DeadlinesWire), "earliestResolveAt", "The last mitigation plus the level's verification window; frozen at resolution.");
        Add(typeof(DeadlinesWire), "nextCustomerUpdateBy", "When the next customer update is due; null at a level without a customer update cadence and once resolved.");
        Add(typeof(DeadlinesWire), "reviewBy", "When the post-incident review is due, from resolution; it keeps its value once met or missed.");
        Add(typeof(NotificationWire), "recipient", "Who, such as onCallEngineer.", NonBlank);
        Add(typeof(NotificationWire), "severity", "The level whose entry called for it. " + Level, NonBlank);
        Add(typeof(NotificationWire), "at", "When that level was entered.");
        Add(typeof(NotificationWire), "ruleId", RuleId, NonBlank);
        Add(typeof(NotificationWire), "key", "The de-duplication key, <incidentId>/<recipient>.", NonBlank);
        Add(typeof(NotificationWire), "channel", "How the recipient is reached.", OneOf(WireNames.Channel.Names));
        Add(typeof(NotificationWire), "reason", "Why.");
        Add(typeof(DiagnosticWire), "id", RuleId, NonBlank);
        Add(typeof(DiagnosticWire), "severity", "The rule's configured severity.", OneOf(WireNames.DiagnosticSeverity.Names));
        Add(typeof(DiagnosticWire), "at", "When the rule found it.");
        Add(typeof(DiagnosticWire), "message", "What it found.");

        Add(typeof(CheckpointWire), "incidentId", "The incident's identifier.", NonBlank);
        Add(typeof(CheckpointWire), "at", "The evaluation instant it was taken at: it holds the state after every moment before this instant.");
        Add(typeof(CheckpointWire), "engineVersion", "The version of the engine that took it; another version replays from detection.", NonBlank);
        Add(typeof(CheckpointWire), "policyFingerprint", "SHA-256 of the policy document and its custom rules' types; another policy replays from detection.", NonBlank);
        Add(typeof(CheckpointWire), "recordFingerprint", "SHA-256 of the record's fields and its events before at, with their positions; a record changed before at replays from detection.", NonBlank);
        Add(typeof(CheckpointWire), "eventCount", "The number of the record's events before at.", Keyword("minimum", 0));
        Add(typeof(CheckpointWire), "impact", "The impact as assessed last before at.");
        Add(typeof(CheckpointWire), "facts", "The incident's state facts, in kind then value order.");
        Add(typeof(CheckpointFactWire), "kind", "The kind of fact, such as severity, notification or updateTimer.", NonBlank);
        Add(typeof(CheckpointFactWire), "values", "Its values: instants in ISO-8601, levels by name, enums by their wire names, an empty string for none.");

        Add(typeof(SimulationWire), "incidentId", "The incident's identifier.");
        Add(typeof(SimulationWire), "from", "Where the timeline starts: the incident's detection.");
        Add(typeof(SimulationWire), "until", "The horizon: nothing after it is simulated.");
        Add(typeof(SimulationWire), "actions", "Everything the policy does from from to until, in time order.");
        Add(typeof(SimulationWire), "evaluatedAt", "The instants evaluated: detection, each recorded event and each nextEvaluationAt up to the horizon.");
        Add(typeof(SimulationWire), "final", "The evaluation at until, in the shape of an evaluation result.");
        var deadlineNames = Deadline.All.Select(d => d.Name);
        foreach (var actionType in typeof(SimulatedActionWire).GetCustomAttributes<JsonDerivedTypeAttribute>().Select(a => a.DerivedType))
        {
            Add(actionType, "at", "When it happens: the instant of the level entry, notification or diagnostic, or of the evaluation at which the status or deadline changed.");
            Add(actionType, "kind", "What it is; the fields after ruleId depend on it.");
            Add(actionType, "ruleId", "The rule that produced it, or manual for a severityAssigned event; null for status and deadline changes, which follow from the timeline.");
        }

        Add(typeof(SeverityChangedActionWire), "severity", Level, NonBlank);
        Add(typeof(SeverityChangedActionWire), "reason", "Why.");
        Add(typeof(StatusChangedActionWire), "status", "The new status.", OneOf(WireNames.Status.Names));
        Add(typeof(NotificationActionWire), "recipient", "Who.", NonBlank);
        Add(typeof(NotificationActionWire), "severity", "The level whose entry called for it. " + Level, NonBlank);
        Add(typeof(NotificationActionWire), "key", "The de-duplication key, <incidentId>/<recipient>.", NonBlank);
        Add(typeof(NotificationActionWire), "channel", "How the recipient is reached.", OneOf(WireNames.Channel.Names));
        Add(typeof(DiagnosticActionWire), "severity", "The rule's configured severity.", OneOf(WireNames.DiagnosticSeverity.Names));
        Add(typeof(DeadlineChangedActionWire), "deadline", "Which deadline, by its key in an evaluation's deadlines.", OneOf(deadlineNames));
        Add(typeof(DeadlineChangedActionWire), "from", "Its value before; null when it was not set.");
        Add(typeof(DeadlineChangedActionWire), "to", "Its new value; null when it was cleared.");

        Add(typeof(PolicyDocumentWire), "extends", "What the document starts from: default (it changes the default policy; the same as leaving extends out) or none (it is the whole policy and inherits nothing). Written policies say none.", OneOf([WireFields.ExtendsDefault, WireFields.ExtendsNone]));
        Add(typeof(PolicyDocumentWire), "severities", "The levels by name, most severe first. In an override, a level's keys change that level and null removes it.", Values(WireSchemaNodes.OrNull));
        Add(typeof(PolicyDocumentWire), "classification", "The triage matrix: for each scope, the level for each users value.");
        Add(typeof(PolicyDocumentWire), "recipients", "How each recipient is reached. In an override, null removes a recipient (a level that still notifies it is a problem).", Values(All(OneOf(WireNames.Channel.Names), WireSchemaNodes.OrNull)));
        Add(typeof(PolicyDocumentWire), "businessCalendar", "The business days and hours, for responses due the next business day.");
        Add(typeof(PolicyDocumentWire), "rules", "Severity per rule ID (built-in IRPxxxx, policy checks IRP9xxx, or custom rules); wins over categories and allRules.");
        Add(typeof(PolicyDocumentWire), "categories", "Severity per rule category, such as Triage or Escalation; wins over allRules.");
        Add(typeof(PolicyDocumentWire), "allRules", "Severity for every rule; left out when not set.");
        Add(typeof(SeverityLevelWire), "rank", "The lower the rank, the more severe the level (0, 1, 2 or 1, 2, 3 alike); each level has its own. A string of digits is accepted (configuration providers give strings).", _ => new JsonObject
        {
            ["anyOf"] = new JsonArray(new JsonObject { ["type"] = "integer" }, new JsonObject { ["type"] = "string", ["pattern"] = "^[0-9]+$" }),
        });
        Add(typeof(SeverityLevelWire), "title", "Its name for people, such as Total Outage.", WireSchemaNodes.OrNull);
        Add(typeof(SeverityLevelWire), "responseTime", "Time from detection (or a rise) to acknowledgement: a duration, or business days.");
        Add(typeof(SeverityLevelWire), "updateCadence", "Time between status updates: one cadence (a duration, or business days), or phases by the incident's age.");
        Add(typeof(SeverityLevelWire), "customerUpdateCadence", "Time between customer updates (IRP5003): one cadence (a duration, or business days), or phases by the incident's age; null for none (nothing is due to customers at this level).", WireSchemaNodes.OrNull);
        Add(typeof(SeverityLevelWire), "escalateAfter", "Time at this level before escalating if unresolved; null for no escalation.");
        Add(typeof(SeverityLevelWire), "escalateTo", "The level escalated to; needed with escalateAfter.");
        Add(typeof(SeverityLevelWire), "notify", "The recipients notified on entering the level, in order.", Items(Keyword("minLength", 1)));
        Add(typeof(SeverityLevelWire), "requiredRoles", "The roles that must be assigned at this level.", Items(OneOf(WireNames.Role.Names)));
        Add(typeof(SeverityLevelWire), "verificationWindow", "How long to monitor after a mitigation before resolving; null for none.");
        Add(typeof(SeverityLevelWire), "reviewWithin", "Time after resolution by which the post-incident review is due when this is the peak level: a duration, or business days; null for none.", WireSchemaNodes.OrNull);
        foreach (var users in ClassificationMatrix.Users.Select(WireNames.UsersAffected.Name))
        {
            Add(typeof(ClassificationRowWire), users, Level, NonBlank);
        }

        Add(typeof(BusinessCalendarWire), "timeZone", "An IANA time zone ID, such as Europe/London or UTC.", Keyword("minLength", 1));
        Add(typeof(BusinessCalendarWire), "workingDays", "The days of the week that are business days.", All(Keyword("minItems", 1), Keyword("uniqueItems", true), Items(OneOf(WireNames.WorkingDay.Names))));
        Add(typeof(BusinessCalendarWire), "workingHours", "When a business day starts and ends, in the calendar's time zone.");
        Add(typeof(BusinessCalendarWire), "holidays", "Days that are not business days: a date such as 2024-12-25, or a day of every year such as --12-25 (ISO 8601's recurring form).", Items(Keyword("pattern", "^([0-9]{4}-[0-9]{2}-[0-9]{2}|--[0-9]{2}-[0-9]{2})$")));
        Add(typeof(RuleSeverityWire), "severity", null, OneOf(WireNames.RuleSeverity.Names));
        PolicyTestSchemaAnnotations.AddTo((type, name, description, constrain) => Add(type, name, description, constrain));
        return table;
    }
}
