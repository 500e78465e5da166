using System;
using System.IO;
using System.Threading;
using System.Threading.Tasks;
using IncidentPolicy.Evaluation;
using IncidentPolicy.Model;
using IncidentPolicy.Serialization.Wire;
using IncidentPolicy.Validation;

namespace IncidentPolicy.Serialization;

/// <summary>
/// The wire format of incident records and evaluation results (<c>docs/wire-format.md</c>, v1): camelCase JSON,
/// instants in ISO-8601 UTC (<c>2024-03-15T14:00:00Z</c>), enum values in lower camelCase. One
/// implementation for hosts, the command line and the samples; <c>schemas/incident.schema.json</c> and
/// <c>schemas/evaluation.schema.json</c> describe the same shapes.
/// </summary>
/// <remarks>
/// Readers refuse bad input whole, listing every problem with its JSON path (<c>$.events[3].type</c>),
/// or its line and position when the text is not JSON. A property the format does not define is a problem
/// unless the host opts out (<see cref="IncidentReadOptions.UnknownProperties"/>). Writers give the same text for equal values on
/// every machine: keys in the contract's order, LF line ends, 2-space indentation, no culture.
/// </remarks>
/// <example>
/// <code>
/// var engine = PolicyEngine.Default;
/// var incident = engine.ReadIncident(File.ReadAllText(path), source: path); // every problem at once, levels included
/// var result = engine.Evaluate(incident, clock.GetCurrentInstant());
/// Console.WriteLine(IncidentJson.WriteEvaluation(result));
/// </code>
/// </example>
public static class IncidentJson
{
    /// <summary>Reads an incident record.</summary>
    /// <param name="json">The record as JSON text.</param>
    /// <param name="source">A file name or other label for the input; it is put in front of the error message. <see langword="null"/> for none.</param>
    /// <param name="options">How to read it; <see langword="null"/> for <see cref="IncidentReadOptions.Default"/>: unknown properties refused, no policy.</param>
    /// <returns>The record, with its events in document order.</returns>
    /// <remarks>
    /// Every problem of the record is reported at once, in document order: its shape (required fields, JSON
    /// types, instants, enum values, event types, properties the format does not define) and its rules (an
    /// event before <c>detectedAt</c>, a second <c>resolved</c>). A severity level is checked against a
    /// policy only when one is given (<see cref="IncidentReadOptions.Policy"/>, or read through
    /// <see cref="PolicyEngine.ReadIncident"/>); otherwise <see cref="PolicyEngine.Evaluate"/> checks it, at
    /// the same <c>$.events[i].severity</c> path.
    /// </remarks>
    /// <exception cref="ArgumentNullException"><paramref name="json"/> is <see langword="null"/>.</exception>
    /// <exception cref="InvalidIncidentException">The text is not JSON, or not a valid incident record; every problem is listed with its path.</exception>
    public static IncidentRecord ReadIncident(string json, string? source = null, IncidentReadOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(json);
        return IncidentReader.Read(json, source, options ?? IncidentReadOptions.Default);
    }

    /// <summary>Reads an incident record from the rest of a stream of UTF-8 text (a byte order mark is allowed). The stream is not closed.</summary>
    /// <param name="utf8Json">The record as UTF-8 JSON.</param>
    /// <param name="source">A file name or other label for the input; it is put in front of the error message. <see langword="null"/> for none.</param>
    /// <param name="options">How to read it; <see langword="null"/> for <see cref="IncidentReadOptions.Default"/>: unknown properties refused, no policy.</param>
    /// <returns>The record, with its events in document order.</returns>
    /// <remarks>Checked as by <see cref="ReadIncident(string, string?, IncidentReadOptions?)"/>.</remarks>
    /// <exception cref="ArgumentNullException"><paramref name="utf8Json"/> is <see langword="null"/>.</exception>
    /// <exception cref="InvalidIncidentException">The bytes are not UTF-8 JSON, or not a valid incident record; every problem is listed with its path.</exception>
    /// <exception cref="IOException">The stream could not be read.</exception>
    public static IncidentRecord ReadIncident(Stream utf8Json, string? source = null, IncidentReadOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(utf8Json);
        options ??= IncidentReadOptions.Default;
        var (bytes, more) = JsonInput.ReadAll(utf8Json, options.MaxDocumentBytes);
        return IncidentReader.Read(bytes, more, source, options);
    }

    /// <summary>Reads an incident record from the rest of a stream of UTF-8 text, reading the stream asynchronously. The stream is not closed.</summary>
    /// <param name="utf8Json">The record as UTF-8 JSON.</param>
    /// <param name="source">A file name or other label for the input; it is put in front of the error message. <see langword="null"/> for none.</param>
    /// <param name="cancellationToken">Cancels reading the stream.</param>
    /// <returns>The record, with its events in document order.</returns>
    /// <remarks>Checked as by <see cref="ReadIncident(string, string?, IncidentReadOptions?)"/> with the default options.</remarks>
    /// <exception cref="ArgumentNullException"><paramref name="utf8Json"/> is <see langword="null"/>.</exception>
    /// <exception cref="InvalidIncidentException">The bytes are not UTF-8 JSON, or not a valid incident record; every problem is listed with its path.</exception>
    /// <exception cref="IOException">The stream could not be read.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    public static Task<IncidentRecord> ReadIncidentAsync(Stream utf8Json, string? source = null, CancellationToken cancellationToken = default) =>
        ReadIncidentAsync(utf8Json, source, IncidentReadOptions.Default, cancellationToken);

    /// <summary>Reads an incident record from the rest of a stream of UTF-8 text, reading the stream asynchronously, as <paramref name="options"/> say. The stream is not closed.</summary>
    /// <param name="utf8Json">The record as UTF-8 JSON.</param>
    /// <param name="source">A file name or other label for the input; it is put in front of the error message. <see langword="null"/> for none.</param>
    /// <param name="options">How to read it; <see langword="null"/> for <see cref="IncidentReadOptions.Default"/>: unknown properties refused, no policy.</param>
    /// <param name="cancellationToken">Cancels reading the stream.</param>
    /// <returns>The record, with its events in document order.</returns>
    /// <remarks>Checked as by <see cref="ReadIncident(string, string?, IncidentReadOptions?)"/>.</remarks>
    /// <exception cref="ArgumentNullException"><paramref name="utf8Json"/> is <see langword="null"/>.</exception>
    /// <exception cref="InvalidIncidentException">The bytes are not UTF-8 JSON, or not a valid incident record; every problem is listed with its path.</exception>
    /// <exception cref="IOException">The stream could not be read.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    public static async Task<IncidentRecord> ReadIncidentAsync(Stream utf8Json, string? source, IncidentReadOptions? options, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(utf8Json);
        options ??= IncidentReadOptions.Default;
        var (bytes, more) = await JsonInput.ReadAllAsync(utf8Json, options.MaxDocumentBytes, cancellationToken).ConfigureAwait(false);
        return IncidentReader.Read(bytes, more, source, options);
    }

    /// <summary>
    /// Writes an incident record: every field, <c>impact</c> with all four answers, events in the record's
    /// order. Optional event text that is <see langword="null"/> (<c>by</c>, <c>reason</c>, <c>action</c>)
    /// and the answers a reassessment leaves unchanged are left out. <see cref="ReadIncident(string, string?, IncidentReadOptions?)"/>
    /// reads it back to an equal record.
    /// </summary>
    /// <param name="incident">The record.</param>
    /// <param name="indented">Whether to indent (2 spaces, LF line ends); otherwise one line.</param>
    /// <returns>The JSON text, without a final line end.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="incident"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">The record holds something the format cannot say: a <see langword="null"/> event, an event type of its own, a reassessment without impact, an enum value that is not defined.</exception>
    public static string WriteIncident(IncidentRecord incident, bool indented = true)
    {
        ArgumentNullException.ThrowIfNull(incident);
        return WireJson.Write(IncidentWireMapper.ToWire(incident), indented);
    }

    /// <summary>
    /// Writes an evaluation result in the contract's shape and key order: <c>incidentId</c>,
    /// <c>evaluatedAt</c>, <c>severity</c>, <c>peakSeverity</c>, <c>status</c>, <c>channel</c>,
    /// <c>severityHistory</c>, <c>deadlines</c> (all five, <c>null</c> where not applicable),
    /// <c>notifications</c>, <c>diagnostics</c>, <c>nextEvaluationAt</c>. Absent values are written as <c>null</c>.
    /// </summary>
    /// <param name="evaluation">The result.</param>
    /// <param name="indented">Whether to indent (2 spaces, LF line ends); otherwise one line.</param>
    /// <returns>The JSON text, without a final line end; the same bytes for equal results on every machine.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="evaluation"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">The result holds an enum value that is not defined.</exception>
    public static string WriteEvaluation(PolicyEvaluation evaluation, bool indented = true)
    {
        ArgumentNullException.ThrowIfNull(evaluation);
        return WireJson.Write(EvaluationWireMapper.ToWire(evaluation), indented);
    }

    /// <summary>
    /// Writes a simulated timeline (<see cref="PolicySimulator.Simulate"/>): <c>incidentId</c>, <c>from</c>,
    /// <c>until</c>, <c>actions</c>, <c>evaluatedAt</c> and <c>final</c>. Each action has <c>at</c>,
    /// <c>kind</c> (<c>severityChanged</c>, <c>statusChanged</c>, <c>notification</c>, <c>diagnostic</c> or
    /// <c>deadlineChanged</c>), <c>ruleId</c> (<c>null</c> for status and deadline changes) and the fields
    /// of its kind, named as in the evaluation result; <c>final</c> is the evaluation at the horizon, in
    /// the shape of <see cref="WriteEvaluation"/>. Same conventions: camelCase, ISO-8601 UTC instants,
    /// LF line ends, 2-space indentation.
    /// </summary>
    /// <param name="simulation">The timeline.</param>
    /// <param name="indented">Whether to indent (2 spaces, LF line ends); otherwise one line.</param>
    /// <returns>The JSON text, without a final line end.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="simulation"/> is <see langword="null"/>.</exception>
    public static string WriteSimulation(PolicySimulation simulation, bool indented = true)
    {
        ArgumentNullException.ThrowIfNull(simulation);
        return WireJson.Write(SimulationWireMapper.ToWire(simulation), indented);
    }

    /// <summary>
    /// Reads back an evaluation result written by <see cref="WriteEvaluation"/>, e.g. one a host stored.
    /// Every key of the shape is required. Severity levels are resolved by name through
    /// <paramref name="engine"/>'s policy and diagnostics' rules by ID through its rules, so writing the
    /// result again gives the same text.
    /// </summary>
    /// <param name="json">The result as JSON text.</param>
    /// <param name="engine">The engine whose policy and rules the result names.</param>
    /// <param name="source">A file name or other label for the input; it is put in front of the error message. <see langword="null"/> for none.</param>
    /// <returns>The result.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="json"/> or <paramref name="engine"/> is <see langword="null"/>.</exception>
    /// <exception cref="InvalidEvaluationException">The text is not JSON, not an evaluation result, or names a level or rule <paramref name="engine"/> does not have; every problem is listed with its path.</exception>
    public static PolicyEvaluation ReadEvaluation(string json, PolicyEngine engine, string? source = null)
    {
        ArgumentNullException.ThrowIfNull(json);
        ArgumentNullException.ThrowIfNull(engine);
        return EvaluationReader.Read(json, engine, source);
    }
}
