using System.Collections.Immutable;
using IncidentPolicy.Documents.Markdown;

namespace IncidentPolicy.Documents.Reviews;

/// <summary>A document read as a post-incident review: its header, its sections by the template's names and its two tables.</summary>
internal sealed class ReviewOutline
{
    /// <summary>The template's section names.</summary>
    public const string Timeline = "Timeline";
    public const string RootCause = "Root Cause";
    public const string FiveWhys = "Five Whys";
    public const string ActionItems = "Action Items";
    public const string LessonsLearned = "Lessons Learned";

    private ReviewOutline(MarkdownText document)
    {
        Document = document;
        Header = ReviewHeader.Of(document);
        TimelineRows = ReviewTable.Of(document, document.Outline.Find(Timeline));
        ActionItemRows = ReviewTable.Of(document, document.Outline.Find(ActionItems));
    }

    public MarkdownText Document { get; }

    /// <summary>The header line, or <see langword="null"/>.</summary>
    public ReviewHeader? Header { get; }

    /// <summary>The rows of the Timeline's table, or <see langword="null"/> when it has no table (or no Timeline).</summary>
    public ImmutableArray<ReviewRow>? TimelineRows { get; }

    /// <summary>The rows of the Action Items table, or <see langword="null"/> when it has no table (or no Action Items).</summary>
    public ImmutableArray<ReviewRow>? ActionItemRows { get; }

    /// <summary>The section named <paramref name="name"/>, or <see langword="null"/>.</summary>
    public Section? Find(string name) => Document.Outline.Find(name);

    /// <summary>The review of <paramref name="context"/>'s document, read once for all the review rules.</summary>
    public static ReviewOutline Of(DocumentRuleContext context) => context.Review;

    internal static ReviewOutline Read(MarkdownText document) => new(document);
}
