using System;

namespace IncidentPolicy.Communications;

/// <summary>
/// What rendering one message may cost (docs/limits.md): a template that goes beyond is stopped with an
/// <see cref="InvalidOperationException"/> naming the limit, never cut short silently. Immutable; change a copy with
/// <c>with</c> and give it to <see cref="MessageComposer(Evaluation.PolicyEngine, TemplateLimits)"/>.
/// </summary>
public sealed record TemplateLimits
{
    /// <summary>The default of <see cref="MaxSteps"/>: enough for any message, far too few for a runaway loop.</summary>
    public const int DefaultMaxSteps = 10_000;

    /// <summary>The default of <see cref="MaxNesting"/>.</summary>
    public const int DefaultMaxNesting = 20;

    /// <summary>The default of <see cref="MaxOutputLength"/>: more than Slack or a status page accepts in one message.</summary>
    public const int DefaultMaxOutputLength = 20_000;

    /// <summary>
    /// How deeply a template may nest blocks (<c>if</c>, <c>for</c>, ...) and brackets when it is checked: a fixed guard,
    /// not an option, since the template parser needs stack for each level. A deeper template is a policy problem at the
    /// line and column where it goes past the limit.
    /// </summary>
    public const int MaxTemplateNesting = 100;

    /// <summary>The defaults.</summary>
    public static TemplateLimits Default { get; } = new();

    /// <summary>Statements executed while rendering one message (each loop iteration counts). Default: <see cref="DefaultMaxSteps"/>. Must be positive.</summary>
    public int MaxSteps
    {
        get;
        init => field = value > 0 ? value : throw new ArgumentOutOfRangeException(nameof(value), value, "The limit of steps must be a positive number.");
    } = DefaultMaxSteps;

    /// <summary>Blocks nested in one another while rendering (<c>if</c>, <c>for</c>, ...). Default: <see cref="DefaultMaxNesting"/>. Must be positive.</summary>
    public int MaxNesting
    {
        get;
        init => field = value > 0 ? value : throw new ArgumentOutOfRangeException(nameof(value), value, "The nesting limit must be a positive number.");
    } = DefaultMaxNesting;

    /// <summary>Characters one message may have, before its line ends are tidied. Default: <see cref="DefaultMaxOutputLength"/>. Must be positive.</summary>
    public int MaxOutputLength
    {
        get;
        init => field = value > 0 ? value : throw new ArgumentOutOfRangeException(nameof(value), value, "The output limit must be a positive number of characters.");
    } = DefaultMaxOutputLength;
}
