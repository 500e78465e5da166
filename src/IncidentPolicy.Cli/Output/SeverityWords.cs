using IncidentPolicy.Evaluation;
using IncidentPolicy.Serialization;

namespace IncidentPolicy.Cli.Output;

/// <summary>A diagnostic's severity as the text output shows it: its wire name (<see cref="WireNames.DiagnosticSeverity"/>) in its colour.</summary>
internal static class SeverityWords
{
    /// <summary>The severity's word in its colour, padded to the longest word (<c>warning</c>) so that columns line up.</summary>
    public static string Styled(TextStyle style, DiagnosticSeverity severity) => Colour(style, severity, WireNames.DiagnosticSeverity.Name(severity).PadRight(7));

    /// <summary>The severity's word in its colour, not padded.</summary>
    public static string Word(TextStyle style, DiagnosticSeverity severity) => Colour(style, severity, WireNames.DiagnosticSeverity.Name(severity));

    private static string Colour(TextStyle style, DiagnosticSeverity severity, string text) => severity switch
    {
        DiagnosticSeverity.Error => style.Red(text),
        DiagnosticSeverity.Warning => style.Yellow(text),
        _ => style.Cyan(text),
    };
}
