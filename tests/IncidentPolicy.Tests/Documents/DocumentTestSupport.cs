using System.IO;
using System.Linq;
using IncidentPolicy.Documents;
using IncidentPolicy.Policy;
using IncidentPolicy.Tests.Support;
using NodaTime;

namespace IncidentPolicy.Tests.Documents;

/// <summary>Analyses Markdown in tests: at a fixed instant, with the default policy unless given one.</summary>
internal static class DocumentTestSupport
{
    public static readonly Instant At = Instant.FromUtc(2026, 3, 15, 12, 0);

    public static string Fixture(string name) => File.ReadAllText(Repository.PathOf("tests", "IncidentPolicy.Tests", "Documents", "Fixtures", name));

    public static DocumentAnalysis Analyze(string text, ResponsePolicy? policy = null, DocumentKind? kind = null, Instant? at = null, string path = "doc.md") =>
        DocumentAnalyzer.Analyze(path, text.ReplaceLineEndings("\n"), new DocumentAnalysisOptions(at ?? At) { Policy = policy ?? ResponsePolicy.Default, Kind = kind });

    /// <summary>Findings as "line:col ID" lines, the suppressed ones too.</summary>
    public static string[] Lines(DocumentAnalysis analysis) =>
        [.. analysis.Findings.Select(f => $"{f.Position.Line}:{f.Position.Column} {f.Id}{(f.IsSuppressed ? " suppressed" : string.Empty)}")];

    /// <summary>The lines of a Markdown text as the analyzer counts them: a line ends at LF, CRLF or a CR alone.</summary>
    public static int LineCount(string text) =>
        text.Replace("\r\n", "\n", System.StringComparison.Ordinal).Split('\n', '\r').Length;

    public static string[] Ids(DocumentAnalysis analysis, string id) =>
        [.. analysis.Findings.Where(f => f.Id == id).Select(f => $"{f.Position.Line}:{f.Position.Column}")];
}
