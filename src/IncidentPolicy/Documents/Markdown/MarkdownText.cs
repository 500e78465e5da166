using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;
using Markdig;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace IncidentPolicy.Documents.Markdown;

/// <summary>
/// A Markdown document parsed once for every rule: the CommonMark syntax tree (with YAML front matter, pipe
/// tables, bare addresses read as links, task lists and footnotes, and the source span of every block and inline), the positions of its
/// offsets, its front matter, and its <see cref="Prose"/>: the text with everything that is not prose blanked.
/// </summary>
internal sealed class MarkdownText
{
    /// <summary>One pipeline per nesting limit (there is usually one: the default), each built once and shared by every thread.</summary>
    private static readonly ConcurrentDictionary<int, MarkdownPipeline> Pipelines = new();

    private readonly LineMap _lines;

    private MarkdownText(string text, MarkdownDocument syntax)
    {
        Text = text;
        Syntax = syntax;
        _lines = new LineMap(text);
        Prose = BuildProse(text, Syntax);
        FrontMatter = FrontMatter.Read(text, Syntax);
        Outline = DocumentOutline.Of(this);
        Suppressions = Suppressions.Read(this);
    }

    /// <summary>Parses <paramref name="text"/>, or gives <see langword="null"/> when it nests deeper than <paramref name="maxNestingDepth"/>.</summary>
    /// <param name="text">The document.</param>
    /// <param name="maxNestingDepth">How deeply blocks and inlines may nest.</param>
    public static MarkdownText? TryParse(string text, int maxNestingDepth)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (DeepestBrackets(text) > maxNestingDepth)
        {
            return null;
        }

        MarkdownDocument syntax;
        try
        {
            syntax = Markdig.Markdown.Parse(text, Pipelines.GetOrAdd(maxNestingDepth, CreatePipeline));
        }
        catch (ArgumentException)
        {
            // The text is never null and the pipeline is valid: Markdig refuses only a syntax tree deeper than its limit.
            return null;
        }

        return new MarkdownText(text, syntax);
    }

    /// <summary>The text as read.</summary>
    public string Text { get; }

    /// <summary>The syntax tree.</summary>
    public MarkdownDocument Syntax { get; }

    /// <summary>
    /// The text with every character that is not prose replaced by a space (line ends kept), so an offset of
    /// the prose is an offset of the text. Prose is the literal text of paragraphs, headings and table cells;
    /// code blocks, inline code, front matter, HTML and comments, link targets (bare addresses such as
    /// <c>https://...</c> and <c>www...</c> included) and markup characters are not.
    /// </summary>
    public string Prose { get; }

    /// <summary>The YAML front matter's top-level keys (empty when there is none).</summary>
    public FrontMatter FrontMatter { get; }

    /// <summary>The headings and the sections they open.</summary>
    public DocumentOutline Outline { get; }

    /// <summary>The suppression comments of the document.</summary>
    public Suppressions Suppressions { get; }

    /// <summary>The number of lines.</summary>
    public int LineCount => _lines.LineCount;

    /// <summary>The position of an offset of <see cref="Text"/>.</summary>
    public SourcePosition PositionOf(int offset) => _lines.PositionOf(offset);

    /// <summary>The position where <paramref name="block"/> starts.</summary>
    public SourcePosition PositionOf(Block block) => _lines.PositionOf(block.Span.Start);

    /// <summary>The position of the first character of 1-based <paramref name="line"/> that is not a space or a tab (the line's end when it has none).</summary>
    public SourcePosition FirstCharacterOf(int line)
    {
        var start = _lines.LineStart(Math.Clamp(line, 1, LineCount));
        return PositionOf(SkipBlanks(start, Text.Length));
    }

    /// <summary>The position of the first character of <paramref name="span"/> that is not a space or a tab (its start when it has none).</summary>
    public SourcePosition FirstCharacterOf(SourceSpan span)
    {
        var start = Math.Clamp(span.Start, 0, Text.Length);
        var end = Math.Clamp(span.End + 1, start, Text.Length);
        var first = SkipBlanks(start, end);
        return PositionOf(first < end ? first : start);
    }

    private int SkipBlanks(int from, int to)
    {
        while (from < to && Text[from] is ' ' or '\t')
        {
            from++;
        }

        return from;
    }

    /// <summary>The prose of a block (its span of <see cref="Prose"/>) with the offset it starts at.</summary>
    public (string Prose, int Start) ProseOf(Block block)
    {
        var start = Math.Clamp(block.Span.Start, 0, Text.Length);
        var end = Math.Clamp(block.Span.End + 1, start, Text.Length);
        return (Prose[start..end], start);
    }

    /// <summary>The text an inline container shows, without markup: literals, inline code and line breaks (as spaces).</summary>
    public static string PlainText(ContainerInline? inlines)
    {
        var characters = new List<(char Char, int Offset)>();
        ShownCharacters(inlines, characters);
        return new string([.. characters.Select(c => c.Char == '\n' ? ' ' : c.Char)]).Trim();
    }

    /// <summary>The text a leaf block shows (a paragraph, a heading), without markup.</summary>
    public static string PlainText(Block block) => block is LeafBlock { Inline: { } inline } ? PlainText(inline) : string.Empty;

    /// <summary>
    /// The characters an inline shows, without markup, each with the offset of the text it comes from: the literals,
    /// inline code (at its start), and each line break as <c>\n</c>.
    /// </summary>
    public static void ShownCharacters(Inline? inline, List<(char Char, int Offset)> characters)
    {
        switch (inline)
        {
            case LiteralInline literal:
                var text = literal.Content.AsSpan();
                for (var i = 0; i < text.Length; i++)
                {
                    characters.Add((text[i], literal.Span.Start + Math.Min(i, Math.Max(literal.Span.Length - 1, 0))));
                }

                return;
            case CodeInline code:
                foreach (var c in code.Content)
                {
                    characters.Add((c, code.Span.Start));
                }

                return;
            case LineBreakInline lineBreak:
                characters.Add(('\n', lineBreak.Span.Start));
                return;
            case ContainerInline container:
                for (var child = container.FirstChild; child is not null; child = child.NextSibling)
                {
                    ShownCharacters(child, characters);
                }

                return;
            default:
                return;
        }
    }

    /// <summary>
    /// The deepest nesting of square brackets within a paragraph (up to a blank line), backslash escapes left out.
    /// The parser matches link brackets in time that grows with the square of their nesting (10,000 nested brackets
    /// take seconds), so brackets nested deeper than the limit are refused before it sees them.
    /// </summary>
    private static int DeepestBrackets(string text)
    {
        int depth = 0, deepest = 0;
        var blankLine = true;
        for (var i = 0; i < text.Length; i++)
        {
            switch (text[i])
            {
                case '\\':
                    i++;
                    blankLine = false;
                    break;
                case '[':
                    deepest = Math.Max(deepest, ++depth);
                    blankLine = false;
                    break;
                case ']':
                    depth = Math.Max(0, depth - 1);
                    blankLine = false;
                    break;
                case '\n':
                    depth = blankLine ? 0 : depth;
                    blankLine = true;
                    break;
                case ' ' or '\t' or '\r':
                    break;
                default:
                    blankLine = false;
                    break;
            }
        }

        return deepest;
    }

    private static MarkdownPipeline CreatePipeline(int maxNestingDepth) =>
        new MarkdownPipelineBuilder { MaximumNestingDepth = maxNestingDepth }
            .UsePreciseSourceLocation()
            .UseYamlFrontMatter()
            .UsePipeTables()
            .UseAutoLinks()
            .UseTaskLists()
            .UseFootnotes()
            .Build();

    /// <summary>Whether <paramref name="inline"/> is the text of a bare address (<c>https://...</c>, <c>www...</c>) read as a link: a link target, not prose.</summary>
    private static bool InBareLink(Inline inline)
    {
        for (var parent = inline.Parent; parent is not null; parent = parent.Parent)
        {
            if (parent is LinkInline { IsAutoLink: true })
            {
                return true;
            }
        }

        return false;
    }

    private static string BuildProse(string text, MarkdownDocument syntax)
    {
        var prose = new char[text.Length];
        for (var i = 0; i < prose.Length; i++)
        {
            prose[i] = text[i] is '\n' or '\r' ? text[i] : ' ';
        }

        foreach (var leaf in syntax.Descendants<LeafBlock>())
        {
            if (leaf.Inline is null || leaf is CodeBlock)
            {
                continue;
            }

            foreach (var literal in leaf.Inline.Descendants<LiteralInline>().Where(l => !InBareLink(l)))
            {
                var start = Math.Max(literal.Span.Start, 0);
                var end = Math.Min(literal.Span.End, text.Length - 1);
                for (var i = start; i <= end; i++)
                {
                    prose[i] = text[i];
                }
            }
        }

        return new string(prose);
    }
}
