using System;
using System.Linq;
using System.Text;
using System.Threading.Tasks;
using Fluid;
using Fluid.Ast;
using Fluid.Values;

namespace IncidentPolicy.Communications;

/// <summary>
/// Escapes what a template writes, when it writes it: templates see the fields' values as the record and the host
/// gave them (so <c>size</c>, <c>truncate</c>, <c>upcase</c> and comparisons work on the real text), and every
/// output (<c>{{ }}</c>, <c>echo</c>, <c>cycle</c>) is escaped for the message's format as it is written. Only texts the library
/// vouches for are written as they are: the values it writes itself from a closed set of characters, the procedure's
/// placeholders, and what a template captured (already escaped when it was written). The template's own text is never
/// changed. <c>join</c> escapes each item as it would be written. Filters that would mark a text as safe (<c>raw</c>, <c>escape</c>, <c>escape_once</c>) cannot: their
/// result is escaped like any other text, and <c>raw</c> is refused when the template is checked.
/// </summary>
internal static class OutputEscaping
{
    /// <summary>The filter every output is passed through; a name no template can spell (Liquid names cannot start with <c>$</c>).</summary>
    private const string FilterName = "$escape";

    /// <summary>The filters that return text marked as safe: their results are escaped again.</summary>
    private static readonly string[] SafeMarkingFilters = ["escape", "escape_once"];

    /// <summary>The template with each output passed through the escaping filter.</summary>
    public static IFluidTemplate Rewrite(IFluidTemplate template) => new OutputRewriter().VisitTemplate(template);

    /// <summary>Registers the escaping filter for <paramref name="format"/>, and takes away the filters that mark text as safe.</summary>
    public static void Register(TemplateOptions options, MessageFormat format)
    {
        options.Filters.AddFilter(FilterName, (input, _, _) => new ValueTask<FluidValue>(Escape(input, format)));
        options.Filters.AddFilter("raw", (input, _, _) => new ValueTask<FluidValue>(input));
        options.Filters.AddFilter("join", (input, arguments, _) => new ValueTask<FluidValue>(Join(input, arguments.At(0), format)));
        foreach (var name in SafeMarkingFilters)
        {
            if (options.Filters.TryGetValue(name, out var filter))
            {
                options.Filters.AddFilter(name, async (input, arguments, context) => Unsafe(await filter(input, arguments, context).ConfigureAwait(false)));
            }
        }
    }

    /// <summary>A value as its output: a text escaped for <paramref name="format"/> unless the library vouches for it.</summary>
    public static FluidValue Escape(FluidValue value, MessageFormat format)
    {
        switch (value)
        {
            case StringValue { Encode: false }:
                return value;
            case StringValue text:
                return new StringValue(ValueEscaper.Escape(text.ToStringValue(), format), encode: false);
            case ArrayValue list:
                var written = new StringBuilder();
                foreach (var item in list.Values)
                {
                    written.Append(Escape(item, format).ToStringValue());
                }

                return new StringValue(written.ToString(), encode: false);
            case NumberValue or BooleanValue or NilValue or EmptyValue or BlankValue or DateTimeValue:
                return value;
            default:
                return new StringValue(ValueEscaper.Escape(value.ToStringValue(), format), encode: false);
        }
    }

    /// <summary>
    /// Liquid's <c>join</c>, escaping each item and the separator as they would be written, so a list of texts the
    /// library vouches for (a placeholder) is written as it is and the others are escaped item by item.
    /// </summary>
    private static FluidValue Join(FluidValue input, FluidValue separator, MessageFormat format)
    {
        if (input is not ArrayValue list)
        {
            return input;
        }

        var between = Escape(separator, format).ToStringValue();
        return new StringValue(string.Join(between, list.Values.Select(v => Escape(v, format).ToStringValue())), encode: false);
    }

    private static FluidValue Unsafe(FluidValue value) =>
        value is StringValue { Encode: false } text ? new StringValue(text.ToStringValue(), encode: true) : value;

    private static FilterExpression Escaped(Expression expression) => new(expression, FilterName, Array.Empty<FilterArgument>());

    /// <summary>Passes what every output statement and every <c>cycle</c> writes through the escaping filter, inside blocks too.</summary>
    private sealed class OutputRewriter : AstRewriter
    {
        protected override Statement VisitOutputStatement(OutputStatement outputStatement)
        {
            var visited = (OutputStatement)base.VisitOutputStatement(outputStatement);
            return new OutputStatement(Escaped(visited.Expression));
        }

        protected override Statement VisitCycleStatement(CycleStatement cycleStatement)
        {
            var visited = (CycleStatement)base.VisitCycleStatement(cycleStatement);
            return new CycleStatement(visited.Group, [.. visited.Values.Select(v => (Expression)Escaped(v))]);
        }
    }
}
