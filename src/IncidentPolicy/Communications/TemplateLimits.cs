namespace IncidentPolicy.Communications;

/// <summary>What rendering one message may cost: a template that goes beyond is stopped with an error, never cut short silently.</summary>
internal static class TemplateLimits
{
    /// <summary>Statements executed (loop iterations count): enough for any message, far too few for a runaway loop.</summary>
    public const int MaxSteps = 10_000;

    /// <summary>Nesting of blocks.</summary>
    public const int MaxRecursion = 20;

    /// <summary>Characters of output: more than Slack or a status page accepts in one message.</summary>
    public const int MaxOutputLength = 20_000;
}
