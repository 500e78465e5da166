using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;
using IncidentPolicy.Documents.Markdown;
using IncidentPolicy.Documents.Runbooks;
using IncidentPolicy.Evaluation;
using IncidentPolicy.Policy;
using IncidentPolicy.Validation;

namespace IncidentPolicy.Documents;

/// <summary>
/// Analyses Markdown documents (runbooks, post-incident reviews) with the document rules (<see cref="DocumentRules.All"/>),
/// as Roslyn runs analyzers over code: each rule at the severity the policy configures (a rule configured
/// <c>none</c> is not run), each finding at a 1-based line and column, suppressed where a comment of the
/// document says so. Pure: no clock, no file system; the caller reads the file and gives the instant.
/// </summary>
/// <example>
/// <code>
/// var analysis = DocumentAnalyzer.Analyze("runbooks/orders.md", File.ReadAllText("runbooks/orders.md"), new DocumentAnalysisOptions(now));
/// foreach (var f in analysis.Reported)
///     Console.WriteLine($"{analysis.Path}:{f.Position.Line}:{f.Position.Column}: {f.Severity} {f.Id}: {f.Message}");
/// </code>
/// </example>
public static class DocumentAnalyzer
{
    private const string RunbookTitle = "Runbook:";
    private const string ReviewTitle = "Post-Incident Review:";

    /// <summary>
    /// Analyses one document. Its kind is <see cref="DocumentAnalysisOptions.Kind"/> when set, else told by its
    /// first heading (<c># Runbook: ...</c>, <c># Post-Incident Review: ...</c>), else a runbook when its path
    /// matches one of the policy's <c>documents.runbook.paths</c>. A document of neither kind gets one IRP8000
    /// finding and no other.
    /// </summary>
    /// <param name="path">The document's path, as the caller names it (matched against the policy's paths, shown in results).</param>
    /// <param name="text">The document's text.</param>
    /// <param name="options">The policy, the analysis instant, the kind and the incident.</param>
    /// <returns>The analysis.</returns>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    /// <exception cref="InvalidDocumentException">The document is over a limit of <paramref name="options"/> (<see cref="DocumentAnalysisOptions.MaxDocumentBytes"/>, <see cref="DocumentAnalysisOptions.MaxEmphasisMarkers"/>, <see cref="DocumentAnalysisOptions.MaxNestingDepth"/>); nothing was analysed.</exception>
    public static DocumentAnalysis Analyze(string path, string text, DocumentAnalysisOptions options)
    {
        ArgumentNullException.ThrowIfNull(path);
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(options);
        text = WithLineFeeds(text);
        CheckSize(path, text, options.MaxDocumentBytes);
        CheckEmphasis(path, text, options.MaxEmphasisMarkers);
        if (MarkdownText.TryParse(text, options.MaxNestingDepth) is not { } document)
        {
            var message = ProblemMessages.OverLimit(
                "Markdown nested too deeply (blocks within blocks, or emphasis, links and brackets within one another)",
                $"{options.MaxNestingDepth.ToString(CultureInfo.InvariantCulture)} levels",
                $"{nameof(DocumentAnalysisOptions)}.{nameof(DocumentAnalysisOptions.MaxNestingDepth)}",
                "analyse deeper documents");
            throw new InvalidDocumentException([new ValidationProblem(ProblemLocation.Root, message)], path);
        }

        var kind = options.Kind ?? KindFromTitle(document) ?? KindFromPath(path, options.Policy.Documents);
        var findings = new List<DocumentFinding>();
        if (kind is not { } known)
        {
            var descriptor = UnrecognisedDocumentRule.Descriptor;
            if (SeverityOf(options.Policy, descriptor) is { } severity)
            {
                var position = document.Outline.Title is { } title ? document.PositionOf(title) : SourcePosition.Start;
                findings.Add(Finding(document, descriptor, severity, new DocumentRuleFinding(position, descriptor.FormatMessage())));
            }

            return new DocumentAnalysis(path, null, [.. findings]);
        }

        var context = new DocumentRuleContext(document, known, options);
        foreach (var rule in DocumentRules.Rules.Where(r => r.AppliesTo(known)))
        {
            if (SeverityOf(options.Policy, rule.Descriptor) is { } severity)
            {
                findings.AddRange(rule.Find(context).Select(f => Finding(document, rule.Descriptor, severity, f)));
            }
        }

        return new DocumentAnalysis(
            path,
            known,
            [.. findings
                .Distinct()
                .OrderBy(f => f.Position)
                .ThenBy(f => f.Id, StringComparer.Ordinal)
                .ThenBy(f => f.Message, StringComparer.Ordinal)]);
    }

    /// <summary>Refuses a document over the size limit; a character is at least one byte, so a short text is not counted.</summary>
    private static void CheckSize(string path, string text, long maxBytes)
    {
        if (text.Length * 3L <= maxBytes)
        {
            return;
        }

        var bytes = Encoding.UTF8.GetByteCount(text);
        if (bytes > maxBytes)
        {
            var message = ProblemMessages.OverLimit(
                $"the document is {bytes.ToString(CultureInfo.InvariantCulture)} bytes",
                $"{maxBytes.ToString(CultureInfo.InvariantCulture)} bytes",
                $"{nameof(DocumentAnalysisOptions)}.{nameof(DocumentAnalysisOptions.MaxDocumentBytes)}",
                "analyse larger documents");
            throw new InvalidDocumentException([new ValidationProblem(ProblemLocation.Root, message)], path);
        }
    }

    /// <summary>Refuses a document with a paragraph of more emphasis markers than the parser handles in linear time.</summary>
    private static void CheckEmphasis(string path, string text, int maxMarkers)
    {
        var (count, line) = EmphasisMarkers.MostInOneParagraph(text);
        if (count > maxMarkers)
        {
            var message = ProblemMessages.OverLimit(
                $"the paragraph at line {line.ToString(CultureInfo.InvariantCulture)} holds {count.ToString(CultureInfo.InvariantCulture)} emphasis markers (runs of * or _)",
                $"{maxMarkers.ToString(CultureInfo.InvariantCulture)} markers",
                $"{nameof(DocumentAnalysisOptions)}.{nameof(DocumentAnalysisOptions.MaxEmphasisMarkers)}",
                "analyse such paragraphs");
            throw new InvalidDocumentException([new ValidationProblem(ProblemLocation.Root, message)], path);
        }
    }

    /// <summary>
    /// The text with each carriage return that ends a line on its own (as old Mac files do, and CommonMark allows)
    /// made a line feed, so that lines are counted and commands split as in any other file; one before a line feed
    /// stays. A character for a character: every offset stays where it was.
    /// </summary>
    private static string WithLineFeeds(string text)
    {
        if (!text.Contains('\r', StringComparison.Ordinal))
        {
            return text;
        }

        var chars = text.ToCharArray();
        for (var i = 0; i < chars.Length; i++)
        {
            if (chars[i] == '\r' && (i + 1 == chars.Length || chars[i + 1] != '\n'))
            {
                chars[i] = '\n';
            }
        }

        return new string(chars);
    }

    /// <summary>The kind the first heading announces, or else the front matter's <c>title</c>, if either does.</summary>
    internal static DocumentKind? KindFromTitle(MarkdownText document) =>
        KindAnnounced(document.Outline.Title is { Level: 1 } heading ? MarkdownText.PlainText(heading) : null)
        ?? KindAnnounced(document.FrontMatter["title"]?.Value);

    private static DocumentKind? KindAnnounced(string? title) =>
        title is null ? null
        : title.StartsWith(RunbookTitle, StringComparison.OrdinalIgnoreCase) ? DocumentKind.Runbook
        : title.StartsWith(ReviewTitle, StringComparison.OrdinalIgnoreCase) ? DocumentKind.Review
        : null;

    private static DocumentKind? KindFromPath(string path, DocumentSettings settings) =>
        settings.Runbook.Paths.Any(p => PathGlob.Matches(p, path)) ? DocumentKind.Runbook : null;

    private static DiagnosticSeverity? SeverityOf(ResponsePolicy policy, Rules.RuleDescriptor descriptor) =>
        policy.RuleSeverities.EffectiveSeverity(descriptor) switch
        {
            RuleSeverity.Error => DiagnosticSeverity.Error,
            RuleSeverity.Warning => DiagnosticSeverity.Warning,
            RuleSeverity.Info => DiagnosticSeverity.Info,
            _ => null,
        };

    private static DocumentFinding Finding(MarkdownText document, Rules.RuleDescriptor descriptor, DiagnosticSeverity severity, DocumentRuleFinding found) =>
        new(descriptor, severity, found.Position, found.Message, document.Suppressions.Suppresses(descriptor.Id, found.Position));
}
