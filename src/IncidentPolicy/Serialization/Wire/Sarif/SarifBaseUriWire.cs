namespace IncidentPolicy.Serialization.Wire.Sarif;

/// <summary>A base of relative URIs (<c>SRCROOT</c>): described, not spelt, so the log is the same on every machine.</summary>
internal sealed record SarifBaseUriWire(SarifMessageWire Description);
