using System;
using System.IO;
using System.Linq;
using System.Text;
using IncidentPolicy.Communications;
using IncidentPolicy.Evaluation;
using IncidentPolicy.Model;
using IncidentPolicy.Serialization;
using IncidentPolicy.Tests.Support;
using NodaTime;

namespace IncidentPolicy.Tests.Fuzzing;

/// <summary>The valid inputs the fuzzers start from: the samples of the repository, and documents the library writes from them.</summary>
internal static class Seeds
{
    public static byte[][] Incidents { get; } = Files("samples/incidents", "*.json");

    public static byte[][] Policies { get; } = [.. Files("samples/policies", "*.json"), Utf8(PolicyJson.Write(IncidentPolicy.Policy.ResponsePolicy.Default))];

    public static byte[][] Markdown { get; } = [.. Files("samples/runbooks", "*.md"), .. Files("samples/reviews", "*.md")];

    public static byte[][] Templates { get; } =
        [.. Enum.GetValues<MessageKind>().SelectMany(k => Enum.GetValues<MessageFormat>().Select(f => Utf8(DefaultTemplates.Source(k, f))))];

    /// <summary>Each sample incident with the instant it is evaluated at in the seeds: an hour after its last event.</summary>
    public static (IncidentRecord Incident, Instant At)[] SampleIncidents { get; } =
        [.. Incidents.Select(b => IncidentJson.ReadIncident(new MemoryStream(b))).Select(i => (i, i.Events.Select(e => e.At).Append(i.DetectedAt).Max() + Duration.FromHours(1)))];

    public static byte[][] Checkpoints { get; } =
        [.. SampleIncidents.Select(s => Engines.Default.EvaluateWithCheckpoint(s.Incident, s.At).Checkpoint).OfType<EvaluationCheckpoint>().Select(c => Utf8(CheckpointJson.Write(c, indented: true)))];

    public static byte[][] Evaluations { get; } =
        [.. SampleIncidents.Select(s => Utf8(IncidentJson.WriteEvaluation(Engines.Default.Evaluate(s.Incident, s.At))))];

    private static byte[][] Files(string folder, string pattern) =>
        [.. Directory.GetFiles(Repository.PathOf(folder.Split('/')), pattern, SearchOption.AllDirectories).Order(StringComparer.Ordinal).Select(File.ReadAllBytes)];

    private static byte[] Utf8(string text) => Encoding.UTF8.GetBytes(text);
}
