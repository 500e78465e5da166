namespace IncidentPolicy.Serialization.Wire.Sarif;

/// <summary>A file: its URI relative to <see cref="UriBaseId"/>.</summary>
internal sealed record SarifArtifactLocationWire(string Uri, string UriBaseId);
