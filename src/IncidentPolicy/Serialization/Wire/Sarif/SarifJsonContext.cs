using System.Text.Json.Serialization;

namespace IncidentPolicy.Serialization.Wire.Sarif;

/// <summary>The source-generated serializer of SARIF logs: camelCase keys in the order the records declare them.</summary>
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase)]
[JsonSerializable(typeof(SarifLogWire))]
internal sealed partial class SarifJsonContext : JsonSerializerContext;
