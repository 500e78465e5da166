using System;
using System.Collections.Generic;
using System.Linq;
using IncidentPolicy.Documents.Markdown;
using IncidentPolicy.Policy;

namespace IncidentPolicy.Documents.Runbooks;

/// <summary>
/// A document read as a runbook with the policy's layout: its steps section and steps (the section's H3s, after
/// the text before the first H3 when it holds a command, or the section itself as one step when it has no H3),
/// and its escalations (H2 sections and steps titled
/// <c>Escalat...</c>).
/// </summary>
internal sealed class RunbookOutline
{
    private const string Escalation = "Escalat";

    private RunbookOutline(Section? stepsSection, bool isSingleStep, IReadOnlyList<RunbookStep> steps, IReadOnlyList<(Markdig.Syntax.HeadingBlock Heading, string Title, IReadOnlyList<Markdig.Syntax.Block> Blocks)> escalations)
    {
        StepsSection = stepsSection;
        IsSingleStep = isSingleStep;
        Steps = steps;
        Escalations = escalations;
    }

    public Section? StepsSection { get; }

    /// <summary>Whether the steps section has no H3, so it is one step.</summary>
    public bool IsSingleStep { get; }

    public IReadOnlyList<RunbookStep> Steps { get; }

    /// <summary>The escalation sections and steps, each with its heading, title and blocks (every block inside included).</summary>
    public IReadOnlyList<(Markdig.Syntax.HeadingBlock Heading, string Title, IReadOnlyList<Markdig.Syntax.Block> Blocks)> Escalations { get; }

    /// <summary>Whether the runbook has an escalation: an H2 <c>Escalat...</c> or a step titled so.</summary>
    public bool HasEscalation => Escalations.Count > 0;

    public static RunbookOutline Of(MarkdownText document, DocumentSettings settings)
    {
        var patterns = settings.ChangingCommands.Select(ChangingCommandPattern.Parse).ToList();
        var stepsSection = document.Outline.Find(settings.Runbook.StepsSection);
        var single = stepsSection is not null && stepsSection.Subsections.Count == 0;
        IReadOnlyList<RunbookStep> steps = stepsSection is null
            ? []
            : single
                ? [RunbookStep.Of(stepsSection, patterns)]
                : [.. Introduction(stepsSection, patterns), .. stepsSection.Subsections.Select(s => RunbookStep.Of(s, patterns))];
        var escalations = document.Outline.Sections
            .Where(s => s.Name.StartsWith(Escalation, StringComparison.OrdinalIgnoreCase))
            .Select(s => (s.Heading, s.Title, (IReadOnlyList<Markdig.Syntax.Block>)[.. s.AllBlocks()]))
            .Concat(steps.Where(s => s.IsEscalation && !(single && stepsSection!.Name.StartsWith(Escalation, StringComparison.OrdinalIgnoreCase))).Select(s => (s.Heading, s.Title, s.Blocks)))
            .OrderBy(e => e.Heading.Span.Start)
            .ToList();
        return new RunbookOutline(stepsSection, single, steps, escalations);
    }

    /// <summary>
    /// The steps section's text before its first H3, as a step of its own (titled as the section) when it holds a
    /// command: a command there is run like any step's, so it needs what a step's commands need.
    /// </summary>
    private static IEnumerable<RunbookStep> Introduction(Section stepsSection, IReadOnlyList<ChangingCommandPattern> patterns)
    {
        var blocks = stepsSection.Blocks.TakeWhile(b => b is not Markdig.Syntax.HeadingBlock { Level: 3 }).ToList();
        var step = RunbookStep.Of(Section.Of(stepsSection.Heading, blocks), patterns);
        return step.CommandBlocks.Count > 0 ? [step] : [];
    }
}
