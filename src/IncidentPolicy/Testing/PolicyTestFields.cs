using System.Text.Json;
using IncidentPolicy.Testing.Wire;

namespace IncidentPolicy.Testing;

/// <summary>
/// The names of a policy test file's own fields, taken from its wire types (camelCase, as every document names
/// its fields). The fields of <c>expect</c> that are fields of the evaluation result are named by
/// <see cref="EvaluationFields"/>.
/// </summary>
internal static class PolicyTestFields
{
    public static readonly string Policy = Name(nameof(PolicyTestFileWire.Policy));
    public static readonly string Cases = Name(nameof(PolicyTestFileWire.Cases));
    public static readonly string CaseName = Name(nameof(PolicyTestCaseWire.Name));
    public static readonly string Incident = Name(nameof(PolicyTestCaseWire.Incident));
    public static readonly string At = Name(nameof(PolicyTestCaseWire.At));
    public static readonly string Expect = Name(nameof(PolicyTestCaseWire.Expect));
    public static readonly string Notified = Name(nameof(PolicyTestExpectWire.Notified));
    public static readonly string NotNotified = Name(nameof(PolicyTestExpectWire.NotNotified));
    public static readonly string Checklist = Name(nameof(PolicyTestExpectWire.Checklist));
    public static readonly string Messages = Name(nameof(PolicyTestExpectWire.Messages));
    public static readonly string Present = Name(nameof(DiagnosticsExpectWire.Present));
    public static readonly string Absent = Name(nameof(DiagnosticsExpectWire.Absent));
    public static readonly string Id = Name(nameof(DiagnosticExpectWire.Id));
    public static readonly string Contains = Name(nameof(MessageExpectWire.Contains));
    public static readonly string Format = Name(nameof(MessageExpectWire.Format));

    private static string Name(string property) => JsonNamingPolicy.CamelCase.ConvertName(property);
}
