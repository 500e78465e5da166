namespace IncidentPolicy.Communications;

/// <summary>A problem in a message template, at a line and column (1-based) of the template's text.</summary>
internal sealed record TemplateProblem(int Line, int Column, string Message)
{
    public override string ToString() => $"line {Line}, column {Column}: {Message}";
}
