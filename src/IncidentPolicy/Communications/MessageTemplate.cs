using System.Collections.Immutable;
using Fluid;

namespace IncidentPolicy.Communications;

/// <summary>A checked template: its text, the parsed template and the fields it uses, in the order it first uses them.</summary>
internal sealed class MessageTemplate(string source, IFluidTemplate parsed, ImmutableArray<string> fields)
{
    public string Source { get; } = source;

    public IFluidTemplate Parsed { get; } = parsed;

    public ImmutableArray<string> Fields { get; } = fields;
}
