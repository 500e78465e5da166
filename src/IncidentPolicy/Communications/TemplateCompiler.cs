using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Fluid;
using Fluid.Ast;
using Fluid.Parser;

namespace IncidentPolicy.Communications;

/// <summary>
/// Parses a Liquid template and checks it: a syntax error, a field the message does not have, or a tag that
/// reaches outside the template (<c>include</c>, <c>render</c>, macros) is a problem at its line and column.
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
        IReadOnlyList<Statement>? statements;
        Parlot.ParseError? error;
        try
        {
            _ = Parser.Grammar.TryParse(new FluidParseContext(source), out statements, out error);
        }
        catch (Fluid.ParseException exception)
        {
            problems = [new TemplateProblem(1, 1, exception.Message)];
            return null;
        }

        if (error is not null)
        {
            problems = [new TemplateProblem(error.Position.Line, error.Position.Column, error.Message ?? "syntax error")];
            return null;
        }

        var template = new FluidTemplate(statements ?? []);
        var walker = new FieldWalker();
        walker.VisitTemplate(template);
        var allowed = MessageFields.For(kind);
        var found = new List<TemplateProblem>();
        foreach (var tag in walker.Forbidden)
        {
            var (line, column) = Locate(source, tag, identifier: false);
            found.Add(new TemplateProblem(line, column, $"the tag '{tag}' is not allowed: a message template reads only the message's fields"));
        }

        foreach (var filter in walker.ForbiddenFilters.Distinct(StringComparer.Ordinal))
        {
            var (line, column) = Locate(source, filter, identifier: true);
            found.Add(new TemplateProblem(line, column, $"the filter '{filter}' is not allowed: every value is escaped for the message's format when it is written"));
        }

        foreach (var (variable, member) in walker.ItemMembers)
        {
            if (!MessageFields.OverdueItemMembers.Contains(member, StringComparer.Ordinal))
            {
                var (line, column) = Locate(source, variable + "." + member, identifier: true);
                found.Add(new TemplateProblem(line, column, $"an item of '{MessageFields.OverdueItems}' has no '{member}'; it has {string.Join(", ", MessageFields.OverdueItemMembers)}"));
            }
        }

        var used = new List<string>();
        foreach (var name in walker.Roots.Distinct(StringComparer.Ordinal))
        {
            if (walker.Declared.Contains(name) || name == "forloop")
            {
                continue;
            }

            if (allowed.Contains(name))
            {
                used.Add(name);
                continue;
            }

            var (line, column) = Locate(source, name, identifier: true);
            found.Add(new TemplateProblem(line, column, UnknownField(name, kind)));
        }

        problems = [.. found.OrderBy(p => p.Line).ThenBy(p => p.Column)];
        return problems.IsEmpty ? new MessageTemplate(source, OutputEscaping.Rewrite(template), [.. used]) : null;
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
    /// whole word, outside quotes: the parsed template keeps no positions, so the source is searched.
    /// </summary>
    private static (int Line, int Column) Locate(string source, string word, bool identifier)
    {
        var index = 0;
        while (index < source.Length)
        {
            var open = source.IndexOf('{', index);
            if (open < 0 || open + 1 >= source.Length)
            {
                break;
            }

            var kind = source[open + 1];
            if (kind != '{' && kind != '%')
            {
                index = open + 1;
                continue;
            }

            var closeMark = kind == '{' ? "}}" : "%}";
            var close = source.IndexOf(closeMark, open + 2, StringComparison.Ordinal);
            var end = close < 0 ? source.Length : close;
            char? quote = null;
            for (var i = open + 2; i < end; i++)
            {
                var c = source[i];
                if (quote is { } q)
                {
                    quote = c == q ? null : quote;
                    continue;
                }

                if (c is '"' or '\'')
                {
                    quote = c;
                    continue;
                }

                if (string.CompareOrdinal(source, i, word, 0, word.Length) == 0
                    && (i == 0 || !IsWordChar(source[i - 1]) || !identifier)
                    && (i + word.Length >= source.Length || !IsWordChar(source[i + word.Length]))
                    && (i == 0 || source[i - 1] != '.'))
                {
                    return Position(source, i);
                }
            }

            index = end + 2;
        }

        return (1, 1);
    }

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
            Declared.Add(forStatement.Identifier);
            if (forStatement.Source is MemberExpression { Segments: [IdentifierSegment { Identifier: MessageFields.OverdueItems }] })
            {
                ItemVariables.Add(forStatement.Identifier);
            }

            return base.VisitForStatement(forStatement);
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
