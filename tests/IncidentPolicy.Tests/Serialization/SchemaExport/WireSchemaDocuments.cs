using System;
using System.Collections.Generic;
using IncidentPolicy.Serialization.Wire;

namespace IncidentPolicy.Tests.Serialization.SchemaExport;

/// <summary>The files of schemas/, each exported from the wire type of its document.</summary>
internal static class WireSchemaDocuments
{
    public static WireSchemaDocument Incident { get; } = new(
        "incident.schema.json",
        typeof(IncidentRecordWire),
        "Incident record",
        "An incident record as IncidentPolicy reads and writes it (docs/wire-format.md). Names are camelCase and case-sensitive. "
        + "A property beyond these is refused (hosts may opt out with IncidentReadOptions). An optional property set to null counts as left out.",
        WireSchemaForm.ReadStrictly,
        new Dictionary<Type, string[]>
        {
            [typeof(IncidentRecordWire)] = ["id", "detectedAt"],
            [typeof(SeverityAssignedWire)] = ["type", "at", "severity"],
            [typeof(AcknowledgedWire)] = ["type", "at"],
            [typeof(RoleAssignedWire)] = ["type", "at", "role", "person"],
            [typeof(StatusUpdatePostedWire)] = ["type", "at"],
            [typeof(ImpactReassessedWire)] = ["type", "at", "impact"],
            [typeof(MitigationAppliedWire)] = ["type", "at"],
            [typeof(ResolvedWire)] = ["type", "at"],
            [typeof(ReviewCompletedWire)] = ["type", "at"],
            [typeof(CauseIdentifiedWire)] = ["type", "at", "summary"],
            [typeof(ChannelOpenedWire)] = ["type", "at"],
            [typeof(InvestigationStepWire)] = ["type", "at", "step"],
            [typeof(ObservationWire)] = ["type", "at", "signal"],
            [typeof(ReviewScheduledWire)] = ["type", "at", "for"],
            [typeof(ActionItemCreatedWire)] = ["type", "at", "title", "owner", "dueDate"],
        });

    public static WireSchemaDocument Evaluation { get; } = new(
        "evaluation.schema.json",
        typeof(EvaluationWire),
        "Evaluation result",
        "What the policy says about an incident at one instant, as IncidentPolicy writes it (docs/wire-format.md). "
        + "Every key is always written, null where a value is absent. Properties beyond these are ignored by the reader.",
        WireSchemaForm.Written);

    public static WireSchemaDocument Simulation { get; } = new(
        "simulation.schema.json",
        typeof(SimulationWire),
        "Simulated timeline",
        "What the policy does to an incident from its detection to a horizon, as IncidentPolicy writes it (docs/wire-format.md). "
        + "Every key is always written, null where a value is absent.",
        WireSchemaForm.Written);

    public static WireSchemaDocument Policy { get; } = new(
        "policy.schema.json",
        typeof(PolicyDocumentWire),
        "Policy document",
        "A whole policy (PolicyJson.Write, PolicyJson.Read) or a partial override of one (PolicyJson.ReadOverride, the IncidentPolicy "
        + "configuration section), described in docs/wire-format.md. Every key is optional in an override; a whole policy written by "
        + "the library has them all. Property names are strict: a misspelt key is refused.",
        WireSchemaForm.PolicyOverride,
        new Dictionary<Type, string[]>
        {
            [typeof(RuleSeverityWire)] = ["severity"],
        });

    public static WireSchemaDocument Checkpoint { get; } = new(
        "checkpoint.schema.json",
        typeof(CheckpointWire),
        "Evaluation checkpoint",
        "Where a later evaluation of the same record may continue from (CheckpointJson.Write, CheckpointJson.Read), described in "
        + "docs/wire-format.md. A host stores it with the record; it is only ever an optimisation: one that does not fit the record, "
        + "the policy or the engine's version makes the evaluation replay from detection. Every key is always written.",
        WireSchemaForm.Written);

    public static WireSchemaDocument PolicyTest { get; } = new(
        "policy-test.schema.json",
        typeof(IncidentPolicy.Testing.Wire.PolicyTestFileWire),
        "Policy test file",
        "Incidents, the instants to evaluate them at and what the policy must say then, for incident-policy test and PolicyTestFile "
        + "(docs/policy-tests.md). Property names are strict: a misspelt key is refused. Only what a case's expect names is compared.",
        WireSchemaForm.PolicyOverride,
        new Dictionary<Type, string[]>
        {
            [typeof(IncidentPolicy.Testing.Wire.PolicyTestFileWire)] = ["cases"],
            [typeof(IncidentPolicy.Testing.Wire.PolicyTestCaseWire)] = ["name", "incident", "at", "expect"],
            [typeof(IncidentPolicy.Testing.Wire.MessageExpectWire)] = ["contains"],
        });

    public static IReadOnlyList<WireSchemaDocument> All { get; } = [Incident, Evaluation, Simulation, Policy, Checkpoint, PolicyTest];
}
