using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Fluid;
using Fluid.Ast;
using Fluid.Parser;

namespace IncidentPolicy.Communications;

/// <summary>
/// Parses a Liquid template and checks it: a syntax error, a field the message does not have, a tag that
/// reaches outside the template (<c>include</c>, <c>render</c>, macros) or a <c>liquid</c> tag is a problem at its
/// line and column.
/// Functions are off; the parser keeps no state between templates, so one instance serves every thread.
/// </summary>
internal static class TemplateCompiler
{
    private static readonly FluidParser Parser = new(new FluidParserOptions { AllowFunctions = false });

    /// <summary>Compiles <paramref name="source"/> for a message of <paramref name="kind"/>.</summary>
    /// <returns>The template, or <see langword="null"/> with the problems.</returns>
    public static MessageTemplate? Compile(string source, MessageKind kind, out ImmutableArray<TemplateProblem> problems)
    {
        ArgumentNullException.ThrowIfNull(source);
        source = source.Replace("\r\n", "\n", StringComparison.Ordinal);
        if (TooDeep(source) is { } tooDeep)
        {
            problems = [tooDeep];
            return null;
        }

        var found = new List<TemplateProblem>();
        var parsed = WithoutLiquidTags(source, found);
        IReadOnlyList<Statement>? statements;
        Parlot.ParseError? error;
        try
        {
            _ = Parser.Grammar.TryParse(new FluidParseContext(parsed), out statements, out error);
        }
        catch (Fluid.ParseException exception)
        {
            found.Add(new TemplateProblem(1, 1, exception.Message));
            problems = InOrder(found);
            return null;
        }

        if (error is not null)
        {
            found.Add(new TemplateProblem(error.Position.Line, error.Position.Column, error.Message ?? "syntax error"));
            problems = InOrder(found);
            return null;
        }

        var template = new FluidTemplate(statements ?? []);
        var walker = new FieldWalker();
        walker.VisitTemplate(template);
        var allowed = MessageFields.For(kind);
        foreach (var tag in walker.Forbidden)
        {
            var (line, column) = Locate(parsed, tag, identifier: false);
            found.Add(new TemplateProblem(line, column, $"the tag '{tag}' is not allowed: a message template reads only the message's fields"));
        }

        foreach (var filter in walker.ForbiddenFilters.Distinct(StringComparer.Ordinal))
        {
            var (line, column) = Locate(parsed, filter, identifier: true);
            found.Add(new TemplateProblem(line, column, $"the filter '{filter}' is not allowed: every value is escaped for the message's format when it is written"));
        }

        foreach (var (variable, member) in walker.ItemMembers)
        {
            if (!MessageFields.OverdueItemMembers.Contains(member, StringComparer.Ordinal))
            {
                var (line, column) = Locate(parsed, variable + "." + member, identifier: true);
                found.Add(new TemplateProblem(line, column, $"an item of '{MessageFields.OverdueItems}' has no '{member}'; it has {string.Join(", ", MessageFields.OverdueItemMembers)}"));
            }
        }

        var used = new List<string>();
        foreach (var name in walker.Roots.Distinct(StringComparer.Ordinal))
        {
            if (walker.Declared.Contains(name) || name is "forloop" or "tablerowloop")
            {
                continue;
            }

            if (allowed.Contains(name))
            {
                used.Add(name);
                continue;
            }

            var (line, column) = Locate(parsed, name, identifier: true);
            found.Add(new TemplateProblem(line, column, UnknownField(name, kind)));
        }

        problems = InOrder(found);
        return problems.IsEmpty ? new MessageTemplate(source, OutputEscaping.Rewrite(template), [.. used]) : null;
    }

    private static ImmutableArray<TemplateProblem> InOrder(List<TemplateProblem> found) => [.. found.OrderBy(p => p.Line).ThenBy(p => p.Column)];

    /// <summary>
    /// <paramref name="source"/> with each <c>liquid</c> tag (several statements in one tag, one a line) blanked out,
    /// its lines kept so that every other position stays where it was, and a problem in <paramref name="found"/> for
    /// each. The parser would read such a tag as nothing at all, so a template that used one would write less than
    /// its author wrote, and the statements in it would not be checked.
    /// </summary>
    private static string WithoutLiquidTags(string source, List<TemplateProblem> found)
    {
        char[]? blanked = null;
        foreach (var (open, end) in Markups(source))
        {
            var markup = TagName(source, open + 2, end);
            if (source[open + 1] != '%' || !markup.StartsWith("liquid", StringComparison.Ordinal)
                || (markup.Length > "liquid".Length && !char.IsWhiteSpace(markup["liquid".Length])))
            {
                continue;
            }

            var (line, column) = Position(source, source.IndexOf("liquid", open + 2, StringComparison.Ordinal));
            found.Add(new TemplateProblem(line, column, "the tag 'liquid' is not allowed: write each of its statements in a tag of its own ({% echo title %}, {% assign ... %})"));
            blanked ??= source.ToCharArray();
            for (var i = open; i < Math.Min(end + 2, source.Length); i++)
            {
                blanked[i] = source[i] == '\n' ? '\n' : ' ';
            }
        }

        return blanked is null ? source : new string(blanked);
    }

    /// <summary>The blocks that nest: a tag that opens one, closed by <c>end</c> and its name.</summary>
    private static readonly HashSet<string> BlockTags = new(StringComparer.Ordinal)
    {
        "if", "unless", "for", "case", "capture", "comment", "raw", "tablerow", "ifchanged", "macro", "with",
    };

    /// <summary>
    /// Where the template nests blocks and brackets deeper than <see cref="TemplateLimits.MaxTemplateNesting"/>, found
    /// before the parser (which recurses once per level) sees it: each statement of a tag (one per line in a
    /// <c>liquid</c> tag) that opens a block adds a level, one that starts with <c>end</c> takes one away, and brackets
    /// count within their tag or output.
    /// </summary>
    private static TemplateProblem? TooDeep(string source)
    {
        var blocks = 0;
        var index = 0;
        while ((index = source.IndexOf('{', index)) >= 0 && index + 1 < source.Length)
        {
            var kind = source[index + 1];
            if (kind is not ('%' or '{'))
            {
                index++;
                continue;
            }

            var close = source.IndexOf(kind == '%' ? "%}" : "}}", index + 2, StringComparison.Ordinal);
            var end = close < 0 ? source.Length : close;
            var markup = source.AsSpan(index + 2, end - index - 2);
            if (kind == '%')
            {
                foreach (var line in markup.EnumerateLines())
                {
                    var statement = line.Trim().TrimStart('-').TrimStart();
                    var wordEnd = statement.IndexOfAny(" \t-(".AsSpan());
                    var word = (wordEnd < 0 ? statement : statement[..wordEnd]).ToString();
                    blocks = BlockTags.Contains(word) ? blocks + 1 : word.StartsWith("end", StringComparison.Ordinal) && blocks > 0 ? blocks - 1 : blocks;
                }
            }

            if (blocks + Brackets(markup) > TemplateLimits.MaxTemplateNesting)
            {
                var (line, column) = Position(source, index);
                return new TemplateProblem(
                    line,
                    column,
                    $"blocks and brackets nested more than {TemplateLimits.MaxTemplateNesting} deep, over the limit of a message template (a fixed limit: the template cannot be checked deeper)");
            }

            index = close < 0 ? source.Length : close + 2;
        }

        return null;
    }

    /// <summary>The deepest nesting of round and square brackets outside quotes.</summary>
    private static int Brackets(ReadOnlySpan<char> markup)
    {
        int depth = 0, deepest = 0;
        char? quote = null;
        foreach (var c in markup)
        {
            if (quote is { } q)
            {
                quote = c == q ? null : quote;
            }
            else if (c is '"' or '\'')
            {
                quote = c;
            }
            else if (c is '(' or '[')
            {
                deepest = Math.Max(deepest, ++depth);
            }
            else if (c is ')' or ']' && depth > 0)
            {
                depth--;
            }
        }

        return deepest;
    }

    private static string UnknownField(string name, MessageKind kind)
    {
        if (kind == MessageKind.Customer && MessageFields.InternalSet.Contains(name))
        {
            return $"the customer message cannot use '{name}', an internal field; it may use {string.Join(", ", MessageFields.Customer)}";
        }

        var allowed = MessageFields.Listed(kind);
        var near = Validation.NearestName.Find(name, allowed);
        return near is null
            ? $"unknown field '{name}'; the fields are {string.Join(", ", allowed)}"
            : $"unknown field '{name}'; did you mean '{near}'? The fields are {string.Join(", ", allowed)}";
    }

    /// <summary>
    /// Where <paramref name="word"/> first appears inside a tag or an output (<c>{{ }}</c>, <c>{% %}</c>) as a
    /// whole word, outside quotes: the parsed template keeps no positions, so the source is searched, reading
    /// strings as the parser does (a backslash escapes the next character, and a <c>}}</c> inside quotes does
    /// not end the output) and passing over the text of <c>raw</c> and <c>comment</c> blocks.
    /// </summary>
    private static (int Line, int Column) Locate(string source, string word, bool identifier)
    {
        foreach (var (open, end) in Markups(source))
        {
            foreach (var i in OutsideQuotes(source, open + 2, end))
            {
                if (string.CompareOrdinal(source, i, word, 0, word.Length) == 0
                    && (!identifier || !IsWordChar(source[i - 1]))
                    && (i + word.Length >= source.Length || !IsWordChar(source[i + word.Length]))
                    && source[i - 1] != '.')
                {
                    return Position(source, i);
                }
            }
        }

        return (1, 1);
    }

    /// <summary>
    /// Each tag (<c>{% %}</c>) and output (<c>{{ }}</c>) of the template, in order: the index of its opening brace and
    /// of its closing pair (or the end of the source). A closing pair inside quotes does not end it, and the text of
    /// <c>raw</c> and <c>comment</c> blocks is passed over.
    /// </summary>
    private static IEnumerable<(int Open, int End)> Markups(string source)
    {
        var index = 0;
        while (index < source.Length)
        {
            var open = source.IndexOf('{', index);
            if (open < 0 || open + 1 >= source.Length)
            {
                yield break;
            }

            var kind = source[open + 1];
            if (kind != '{' && kind != '%')
            {
                index = open + 1;
                continue;
            }

            var closer = kind == '{' ? '}' : '%';
            var end = source.Length;
            foreach (var i in OutsideQuotes(source, open + 2, source.Length))
            {
                if (source[i] == closer && i + 1 < source.Length && source[i + 1] == '}')
                {
                    end = i;
                    break;
                }
            }

            yield return (open, end);
            index = kind == '%' && TextBlockEnd(source, open + 2, end) is { } blockEnd ? blockEnd : end + 2;
        }
    }

    /// <summary>
    /// The indexes from <paramref name="from"/> to <paramref name="to"/> that are outside quotes, reading strings as
    /// the parser does: a quote opens a string that the same quote closes, and inside it a backslash escapes the next
    /// character.
    /// </summary>
    private static IEnumerable<int> OutsideQuotes(string source, int from, int to)
    {
        char? quote = null;
        for (var i = from; i < to; i++)
        {
            var c = source[i];
            if (quote is { } q)
            {
                if (c == '\\')
                {
                    i++;
                }
                else if (c == q)
                {
                    quote = null;
                }

                continue;
            }

            if (c is '"' or '\'')
            {
                quote = c;
                continue;
            }

            yield return i;
        }
    }

    /// <summary>
    /// After a <c>raw</c> or <c>comment</c> tag whose markup is <c>source[from..to]</c>: where the search goes on,
    /// past the block's end tag (or the end of the source); for any other tag, <see langword="null"/>.
    /// </summary>
    private static int? TextBlockEnd(string source, int from, int to)
    {
        var name = TagName(source, from, to);
        if (!name.SequenceEqual("raw") && !name.SequenceEqual("comment"))
        {
            return null;
        }

        var endName = "end" + name.ToString();
        for (var at = source.IndexOf("{%", to, StringComparison.Ordinal); at >= 0; at = source.IndexOf("{%", at + 2, StringComparison.Ordinal))
        {
            var close = source.IndexOf("%}", at + 2, StringComparison.Ordinal);
            if (close < 0)
            {
                break;
            }

            if (TagName(source, at + 2, close).SequenceEqual(endName))
            {
                return close + 2;
            }
        }

        return source.Length;
    }

    /// <summary>The markup <c>source[from..to]</c> of a tag without its whitespace-control dashes and spaces.</summary>
    private static ReadOnlySpan<char> TagName(string source, int from, int to) =>
        source.AsSpan(from, to - from).Trim().TrimStart('-').TrimEnd('-').Trim();

    private static bool IsWordChar(char c) => char.IsAsciiLetterOrDigit(c) || c is '_' or '-';

    private static (int Line, int Column) Position(string source, int index)
    {
        var line = 1;
        var lineStart = 0;
        for (var i = 0; i < index; i++)
        {
            if (source[i] == '\n')
            {
                line++;
                lineStart = i + 1;
            }
        }

        return (line, index - lineStart + 1);
    }

    /// <summary>Collects the root names a template reads, the names it declares, and the tags it may not use.</summary>
    private sealed class FieldWalker : AstVisitor
    {
        public List<string> Roots { get; } = [];

        public HashSet<string> Declared { get; } = new(StringComparer.Ordinal);

        public List<string> Forbidden { get; } = [];

        public List<string> ForbiddenFilters { get; } = [];

        /// <summary>The loop variables over <see cref="MessageFields.OverdueItems"/>.</summary>
        public HashSet<string> ItemVariables { get; } = new(StringComparer.Ordinal);

        /// <summary>Each member read from a loop variable over <see cref="MessageFields.OverdueItems"/> (<c>item.title</c>).</summary>
        public List<(string Variable, string Member)> ItemMembers { get; } = [];

        protected override Expression VisitMemberExpression(MemberExpression memberExpression)
        {
            if (memberExpression.Segments.Count > 0 && memberExpression.Segments[0] is IdentifierSegment root)
            {
                Roots.Add(root.Identifier);
                if (ItemVariables.Contains(root.Identifier) && memberExpression.Segments.Count > 1 && memberExpression.Segments[1] is IdentifierSegment member)
                {
                    ItemMembers.Add((root.Identifier, member.Identifier));
                }
            }

            return base.VisitMemberExpression(memberExpression);
        }

        protected override Expression VisitFilterExpression(FilterExpression filterExpression)
        {
            if (string.Equals(filterExpression.Name, "raw", StringComparison.Ordinal))
            {
                ForbiddenFilters.Add(filterExpression.Name);
            }

            return base.VisitFilterExpression(filterExpression);
        }

        protected override Statement VisitForStatement(ForStatement forStatement)
        {
            DeclareLoop(forStatement.Identifier, forStatement.Source);
            return base.VisitForStatement(forStatement);
        }

        protected override Statement VisitTableRowStatement(TableRowStatement tableRowStatement)
        {
            DeclareLoop(tableRowStatement.Identifier, tableRowStatement.Source);
            return base.VisitTableRowStatement(tableRowStatement);
        }

        /// <summary>A loop's variable is declared; one over <see cref="MessageFields.OverdueItems"/> has the items' members.</summary>
        private void DeclareLoop(string identifier, Expression source)
        {
            Declared.Add(identifier);
            if (source is MemberExpression { Segments: [IdentifierSegment { Identifier: MessageFields.OverdueItems }] })
            {
                ItemVariables.Add(identifier);
            }
        }

        protected override Statement VisitAssignStatement(AssignStatement assignStatement)
        {
            Declared.Add(assignStatement.Identifier);
            return base.VisitAssignStatement(assignStatement);
        }

        protected override Statement VisitCaptureStatement(CaptureStatement captureStatement)
        {
            Declared.Add(captureStatement.Identifier);
            return base.VisitCaptureStatement(captureStatement);
        }

        protected override Statement VisitIncludeStatement(IncludeStatement includeStatement)
        {
            Forbidden.Add("include");
            return includeStatement;
        }

        protected override Statement VisitRenderStatement(RenderStatement renderStatement)
        {
            Forbidden.Add("render");
            return renderStatement;
        }

        protected override Statement VisitMacroStatement(MacroStatement macroStatement)
        {
            Forbidden.Add("macro");
            return macroStatement;
        }

        protected override Statement VisitFromStatement(FromStatement fromStatement)
        {
            Forbidden.Add("from");
            return fromStatement;
        }
    }
}
