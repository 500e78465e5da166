using System;
using System.Collections.Generic;
using System.Linq;
using IncidentPolicy.Documents.Markdown;
using Markdig.Syntax;

namespace IncidentPolicy.Documents.Runbooks;

/// <summary>
/// One step of a runbook: an H3 of the steps section (or the whole section when it has none), with its
/// blocks in document order, its command blocks, where its rollback starts and the first command that
/// changes the system (outside the rollback).
/// </summary>
internal sealed class RunbookStep
{
    private const string Escalation = "Escalat";
    private const string Rollback = "Rollback";

    private RunbookStep(Section section, IReadOnlyList<Block> blocks, IReadOnlyList<ChangingCommandPattern> patterns)
    {
        Heading = section.Heading;
        Title = section.Title;
        Name = section.Name;
        Blocks = blocks;
        var rollback = blocks.FirstOrDefault(IsRollbackMarker);
        RollbackStart = rollback?.Span.Start;
        CodeBlocks = [.. blocks.OfType<FencedCodeBlock>()];
        CommandBlocks = [.. CodeBlocks.Where(Runbooks.CodeBlocks.IsCommandBlock)];
        foreach (var block in CommandBlocks.Where(b => RollbackStart is null || b.Span.Start < RollbackStart))
        {
            if (Runbooks.CodeBlocks.FirstChangingCommand(block, patterns) is { } command)
            {
                ChangingCommand = command;
                LastChangingBlock = block;
            }
        }
    }

    public HeadingBlock Heading { get; }

    public string Title { get; }

    /// <summary>The title without its step number.</summary>
    public string Name { get; }

    /// <summary>The step's blocks and every block inside them, in document order.</summary>
    public IReadOnlyList<Block> Blocks { get; }

    public IReadOnlyList<FencedCodeBlock> CodeBlocks { get; }

    public IReadOnlyList<FencedCodeBlock> CommandBlocks { get; }

    /// <summary>Where the step's rollback starts (a paragraph starting <c>Rollback</c> or an H4 <c>Rollback</c>), if it has one.</summary>
    public int? RollbackStart { get; }

    public bool HasRollback => RollbackStart is not null;

    /// <summary>A command of the step (outside its rollback) that changes the system, or <see langword="null"/>.</summary>
    public string? ChangingCommand { get; }

    /// <summary>The last command block of the step (outside its rollback) with a command that changes the system.</summary>
    public FencedCodeBlock? LastChangingBlock { get; }

    public bool Changes => ChangingCommand is not null;

    public bool IsEscalation => Name.StartsWith(Escalation, StringComparison.OrdinalIgnoreCase);

    public static RunbookStep Of(Section section, IReadOnlyList<ChangingCommandPattern> patterns) =>
        new(section, [.. section.AllBlocks().Where(b => b != section.Heading).OrderBy(b => b.Span.Start)], patterns);

    /// <summary>Whether an expected output (a paragraph starting <c>Expected</c>, an output block) lies between two offsets.</summary>
    public bool HasExpectedOutputBetween(int start, int end) =>
        Blocks.Any(b => b.Span.Start > start && b.Span.Start < end && IsExpectedOutput(b));

    public static bool IsExpectedOutput(Block block) => block switch
    {
        ParagraphBlock paragraph => MarkdownText.PlainText(paragraph).StartsWith("Expected", StringComparison.OrdinalIgnoreCase),
        FencedCodeBlock code => Runbooks.CodeBlocks.IsOutputBlock(code),
        _ => false,
    };

    private static bool IsRollbackMarker(Block block) => block switch
    {
        ParagraphBlock paragraph => MarkdownText.PlainText(paragraph).StartsWith(Rollback, StringComparison.OrdinalIgnoreCase),
        HeadingBlock { Level: >= 4 } heading => SectionNames.WithoutStepNumber(MarkdownText.PlainText(heading)).StartsWith(Rollback, StringComparison.OrdinalIgnoreCase),
        _ => false,
    };
}
