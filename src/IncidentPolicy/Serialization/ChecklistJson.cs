using System;
using IncidentPolicy.Advice;
using IncidentPolicy.Checklist;
using IncidentPolicy.Serialization.Wire;

namespace IncidentPolicy.Serialization;

/// <summary>
/// Writes the incident checklist and the investigation advice as JSON (docs/checklist.md): camelCase keys,
/// ISO-8601 UTC instants, every key always (<c>null</c> where absent), LF line ends, 2-space indentation.
/// </summary>
/// <example>
/// <code>
/// Console.WriteLine(ChecklistJson.WriteReport(new ChecklistEngine(engine).Report(incident, now)));
/// </code>
/// </example>
public static class ChecklistJson
{
    /// <summary>Writes a checklist report: <c>items</c> (each <c>key</c>, <c>state</c>, <c>at</c>, <c>dueBy</c>, <c>evidence</c>, in the checklist's order) and <c>nextChangeAt</c>.</summary>
    /// <param name="report">The report.</param>
    /// <param name="indented">Whether to indent (2 spaces) or write one line.</param>
    /// <returns>The JSON text, without a final line end.</returns>
    public static string WriteReport(ChecklistReport report, bool indented = true)
    {
        ArgumentNullException.ThrowIfNull(report);
        return WireJson.Write(ChecklistWireMapper.ToWire(report), indented);
    }

    /// <summary>Writes an investigation advice: <c>incidentId</c>, <c>at</c>, <c>nextStep</c>, <c>signals</c>, <c>hypotheses</c>, <c>mitigations</c>, <c>reminders</c>.</summary>
    /// <param name="advice">The advice.</param>
    /// <param name="indented">Whether to indent (2 spaces) or write one line.</param>
    /// <returns>The JSON text, without a final line end.</returns>
    public static string WriteAdvice(InvestigationAdvice advice, bool indented = true)
    {
        ArgumentNullException.ThrowIfNull(advice);
        return WireJson.Write(ChecklistWireMapper.ToWire(advice), indented);
    }
}
