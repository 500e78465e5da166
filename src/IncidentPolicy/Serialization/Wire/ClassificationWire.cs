namespace IncidentPolicy.Serialization.Wire;

/// <summary>The triage matrix of a policy document: one row per known scope, most severe first.</summary>
internal sealed record ClassificationWire(
    ClassificationRowWire Outage,
    ClassificationRowWire CoreSeverelyImpaired,
    ClassificationRowWire CoreDegraded,
    ClassificationRowWire NonCore,
    ClassificationRowWire Cosmetic);
