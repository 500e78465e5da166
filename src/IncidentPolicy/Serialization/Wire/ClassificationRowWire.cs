namespace IncidentPolicy.Serialization.Wire;

/// <summary>A row of the triage matrix: the level's name for each known users value, most severe first.</summary>
internal sealed record ClassificationRowWire(string All, string Most, string Subset, string Internal);
