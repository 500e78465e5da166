using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using IncidentPolicy.Evaluation;
using IncidentPolicy.Policy;
using IncidentPolicy.Rules;
using IncidentPolicy.Serialization.Wire.Sarif;

namespace IncidentPolicy.Documents;

/// <summary>
/// Writes document analyses as a SARIF 2.1.0 log, the format code-scanning services read: one run, the tool
/// with every document rule, one result per finding with its file (a URI relative to <c>SRCROOT</c>, the
/// directory the paths are relative to), line and column; a finding a comment suppresses is written with an
/// <c>inSource</c> suppression, as compilers do. The same analyses give the same bytes on every machine.
/// </summary>
public static class DocumentSarif
{
    /// <summary>The base of the results' relative URIs.</summary>
    public const string SourceRoot = "SRCROOT";

    private const string SchemaUri = "https://json.schemastore.org/sarif-2.1.0.json";

    private static readonly JsonSerializerOptions Options = new(SarifJsonContext.Default.Options)
    {
        WriteIndented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
#if NET9_0_OR_GREATER
        IndentCharacter = ' ',
        IndentSize = 2,
        NewLine = "\n",
#endif
    };

    /// <summary>Writes the log.</summary>
    /// <param name="analyses">The analyses; their paths should be relative to the directory the log is read from, with either separator.</param>
    /// <param name="options">The tool's name, version and documentation address.</param>
    /// <returns>The SARIF log, indented with LF line ends, without a final line end.</returns>
    public static string Write(IEnumerable<DocumentAnalysis> analyses, DocumentSarifOptions options)
    {
        ArgumentNullException.ThrowIfNull(analyses);
        ArgumentNullException.ThrowIfNull(options);
        var rules = DocumentRules.Rules;
        var index = rules.Select((r, i) => (r.Descriptor.Id, i)).ToDictionary(p => p.Id, p => p.i, StringComparer.Ordinal);
        var results = analyses
            .SelectMany(a => a.Findings.Select(f => Result(a.Path, f, index[f.Id])))
            .ToList();
        var log = new SarifLogWire(
            SchemaUri,
            "2.1.0",
            [
                new SarifRunWire(
                    new SarifToolWire(new SarifDriverWire(
                        options.ToolName,
                        options.ToolVersion,
                        new Uri(options.DocumentationBaseUri, "documents.md").AbsoluteUri,
                        [.. rules.Select(r => Rule(r, options))])),
                    new Dictionary<string, SarifBaseUriWire>(StringComparer.Ordinal)
                    {
                        [SourceRoot] = new(new SarifMessageWire("The directory the linted paths are relative to: the working directory of the run.")),
                    },
                    results,
                    "utf16CodeUnits"),
            ]);
        var text = JsonSerializer.Serialize(log, (JsonTypeInfo<SarifLogWire>)Options.GetTypeInfo(typeof(SarifLogWire)));
        return text.Replace("\r\n", "\n", StringComparison.Ordinal);
    }

    /// <summary>The SARIF level of a severity.</summary>
    internal static string Level(DiagnosticSeverity severity) => severity switch
    {
        DiagnosticSeverity.Error => "error",
        DiagnosticSeverity.Warning => "warning",
        _ => "note",
    };

    private static string Level(RuleSeverity severity) => severity switch
    {
        RuleSeverity.Error => "error",
        RuleSeverity.Warning => "warning",
        RuleSeverity.Info => "note",
        _ => "none",
    };

    private static SarifRuleWire Rule(IDocumentRule rule, DocumentSarifOptions options)
    {
        var descriptor = rule.Descriptor;
        var name = rule.GetType().Name;
        name = name.EndsWith("Rule", StringComparison.Ordinal) ? name[..^"Rule".Length] : name;
        return new SarifRuleWire(
            descriptor.Id,
            name,
            new SarifMessageWire(descriptor.Title),
            new SarifMessageWire(FullDescription(descriptor)),
            new Uri(options.DocumentationBaseUri, $"rules/{descriptor.Id}.md").AbsoluteUri,
            new SarifConfigurationWire(Level(descriptor.DefaultSeverity)),
            new SarifRulePropertiesWire(descriptor.Category));
    }

    /// <summary>The rule's title and its message with each placeholder shown as an ellipsis.</summary>
    private static string FullDescription(RuleDescriptor descriptor)
    {
        var message = System.Text.RegularExpressions.Regex.Replace(descriptor.MessageFormat, @"\{\d+\}", "…", System.Text.RegularExpressions.RegexOptions.None, TimeSpan.FromSeconds(1));
        return $"{descriptor.Title}. Reported as: {message}";
    }

    private static SarifResultWire Result(string path, DocumentFinding finding, int ruleIndex) =>
        new(
            finding.Id,
            ruleIndex,
            Level(finding.Severity),
            new SarifMessageWire(finding.Message),
            [
                new SarifLocationWire(new SarifPhysicalLocationWire(
                    new SarifArtifactLocationWire(RelativeUri(path), SourceRoot),
                    new SarifRegionWire(finding.Position.Line, finding.Position.Column))),
            ],
            finding.IsSuppressed ? [new SarifSuppressionWire("inSource")] : null);

    /// <summary>A path as a relative URI: <c>/</c> separators, each segment escaped, a leading <c>./</c> removed.</summary>
    internal static string RelativeUri(string path)
    {
        var segments = path.Replace('\\', '/').Split('/').Where(s => s.Length > 0 && s != ".");
        return string.Join('/', segments.Select(Uri.EscapeDataString));
    }
}
