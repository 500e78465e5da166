using System;
using IncidentPolicy.Policy;
using NodaTime;

namespace IncidentPolicy.Documents;

/// <summary>How <see cref="DocumentAnalyzer"/> reads a document: the policy (rule severities and document settings), the analysis instant, the kind, and the incident it is about.</summary>
public sealed record DocumentAnalysisOptions
{
    /// <summary>Creates options for an analysis at <paramref name="at"/>.</summary>
    /// <param name="at">The analysis instant: a runbook's age and a review's overdue action items are measured to its date in the policy calendar's zone. The analyzer reads no clock.</param>
    public DocumentAnalysisOptions(Instant at) => At = at;

    /// <summary>The analysis instant.</summary>
    public Instant At { get; init; }

    /// <summary>The policy: rule severities (<see cref="ResponsePolicy.RuleSeverities"/>) and <see cref="ResponsePolicy.Documents"/>. Default: the default policy.</summary>
    public ResponsePolicy Policy
    {
        get => field ?? ResponsePolicy.Default;
        init => field = value ?? throw new ArgumentNullException(nameof(value));
    }

    /// <summary>The kind to analyse the document as, whatever its first heading; <see langword="null"/> (the default) to tell from the document and the policy's paths.</summary>
    public DocumentKind? Kind { get; init; }

    /// <summary>The incident the document is about, for the rules that cross-check a document with its record; <see langword="null"/> when none is given.</summary>
    public DocumentIncident? Incident { get; init; }

    /// <summary>
    /// The largest document analysed, in bytes of UTF-8; a larger one is refused with an
    /// <see cref="Validation.InvalidDocumentException"/> before it is parsed (docs/limits.md). Default:
    /// <see cref="DefaultMaxDocumentBytes"/>; <c>incident-policy lint --max-file-size</c> sets it. Must be positive.
    /// </summary>
    public long MaxDocumentBytes
    {
        get;
        init => field = value > 0 ? value : throw new ArgumentOutOfRangeException(nameof(value), value, "The size limit must be a positive number of bytes.");
    } = DefaultMaxDocumentBytes;

    /// <summary>The default of <see cref="MaxDocumentBytes"/>: 1 MiB, far more than any runbook or review.</summary>
    public const long DefaultMaxDocumentBytes = 1024 * 1024;

    /// <summary>
    /// How deeply the document's Markdown may nest: blocks within blocks (quotes, lists) and inlines within inlines
    /// (emphasis, links, brackets). A deeper document is refused with an <see cref="Validation.InvalidDocumentException"/>
    /// (docs/limits.md). Default: <see cref="DefaultMaxNestingDepth"/>. Must be between 1 and 1000.
    /// </summary>
    public int MaxNestingDepth
    {
        get;
        init => field = value is >= 1 and <= 1000 ? value : throw new ArgumentOutOfRangeException(nameof(value), value, "The nesting limit must be between 1 and 1000 levels.");
    } = DefaultMaxNestingDepth;

    /// <summary>The default of <see cref="MaxNestingDepth"/>: 128 levels, the Markdown parser's own default.</summary>
    public const int DefaultMaxNestingDepth = 128;

    /// <summary>
    /// The most emphasis markers (runs of <c>*</c> or <c>_</c>) one paragraph or table may hold. The Markdown parser's
    /// time grows with the square of the markers in one paragraph, so a document with a paragraph over the limit is
    /// refused with an <see cref="Validation.InvalidDocumentException"/> naming the paragraph's line, before it is parsed
    /// (docs/limits.md). Default: <see cref="DefaultMaxEmphasisMarkers"/>. Must be positive.
    /// </summary>
    public int MaxEmphasisMarkers
    {
        get;
        init => field = value > 0 ? value : throw new ArgumentOutOfRangeException(nameof(value), value, "The limit of emphasis markers must be a positive number.");
    } = DefaultMaxEmphasisMarkers;

    /// <summary>The default of <see cref="MaxEmphasisMarkers"/>: 1,000, a table of 500 rows with a bold word in each.</summary>
    public const int DefaultMaxEmphasisMarkers = 1_000;

    /// <summary>The analysis date: <see cref="At"/> in the policy calendar's time zone.</summary>
    public LocalDate AnalysisDate => At.InZone(Policy.Calendar.TimeZone).Date;
}
