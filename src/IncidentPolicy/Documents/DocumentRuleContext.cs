using System;
using IncidentPolicy.Documents.Markdown;
using IncidentPolicy.Documents.Runbooks;
using IncidentPolicy.Policy;
using NodaTime;

namespace IncidentPolicy.Documents;

/// <summary>What a document rule reads: the parsed document, its kind, the policy's settings, the analysis date and the incident, if any.</summary>
internal sealed class DocumentRuleContext
{
    private readonly Lazy<RunbookOutline> _runbook;
    private readonly Lazy<Reviews.ReviewOutline> _review;

    public DocumentRuleContext(MarkdownText document, DocumentKind kind, DocumentAnalysisOptions options)
    {
        Document = document;
        Kind = kind;
        Policy = options.Policy;
        AnalysisDate = options.AnalysisDate;
        Incident = options.Incident;
        _runbook = new Lazy<RunbookOutline>(() => RunbookOutline.Of(document, Settings));
        _review = new Lazy<Reviews.ReviewOutline>(() => Reviews.ReviewOutline.Read(document));
    }

    /// <summary>The parsed document.</summary>
    public MarkdownText Document { get; }

    /// <summary>What the document is analysed as.</summary>
    public DocumentKind Kind { get; }

    /// <summary>The analysis policy.</summary>
    public ResponsePolicy Policy { get; }

    /// <summary>The policy's document settings.</summary>
    public DocumentSettings Settings => Policy.Documents;

    /// <summary>The analysis date in the policy calendar's zone.</summary>
    public LocalDate AnalysisDate { get; }

    /// <summary>The incident the document is about, when given.</summary>
    public DocumentIncident? Incident { get; }

    /// <summary>The document read as a runbook (sections, steps, escalation), computed once for all rules.</summary>
    public RunbookOutline Runbook => _runbook.Value;

    /// <summary>The document read as a post-incident review (header, sections, tables), computed once for all rules.</summary>
    public Reviews.ReviewOutline Review => _review.Value;

    /// <summary>
    /// Where findings about the whole document go: its H1, else the front matter's <c>title</c>, else its first
    /// heading, else the start of the document.
    /// </summary>
    public SourcePosition TitlePosition =>
        Document.Outline.Title is { Level: 1 } heading ? Document.PositionOf(heading)
        : Document.FrontMatter["title"] is { Offset: var offset } ? Document.PositionOf(offset)
        : Document.Outline.Title is { } title ? Document.PositionOf(title)
        : SourcePosition.Start;
}
