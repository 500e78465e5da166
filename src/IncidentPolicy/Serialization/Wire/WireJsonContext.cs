using System.Text.Json.Serialization;

namespace IncidentPolicy.Serialization.Wire;

/// <summary>
/// The source-generated serializer of every document the library writes: camelCase keys in the order the
/// wire types declare them, NodaTime values through the wire's converters. <see cref="WireJson"/> adds what
/// these attributes cannot say (the escaping and the line ends).
/// </summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    Converters = [typeof(InstantWireConverter), typeof(DurationWireConverter), typeof(LocalTimeWireConverter), typeof(LocalDateWireConverter)])]
[JsonSerializable(typeof(IncidentRecordWire))]
[JsonSerializable(typeof(EvaluationWire))]
[JsonSerializable(typeof(SimulationWire))]
[JsonSerializable(typeof(PolicyDocumentWire))]
[JsonSerializable(typeof(CheckpointWire))]
[JsonSerializable(typeof(ChecklistWire))]
[JsonSerializable(typeof(AdviceWire))]
[JsonSerializable(typeof(MessageWire))]
[JsonSerializable(typeof(PolicyDiffWire))]
[JsonSerializable(typeof(PolicyDiffReportWire))]
[JsonSerializable(typeof(IncidentPolicy.Testing.Wire.PolicyTestFileWire))]
internal sealed partial class WireJsonContext : JsonSerializerContext;
