using IncidentPolicy.Evaluation;
using IncidentPolicy.Model;
using IncidentPolicy.Policy;

namespace IncidentPolicy.Cli.Output;

/// <summary>Words of the wire format for enum values, so text and JSON output name things alike.</summary>
internal static class Labels
{
    public static string Of(IncidentStatus status) => status switch
    {
        IncidentStatus.Open => "open",
        IncidentStatus.Mitigated => "mitigated",
        _ => "resolved",
    };

    public static string Of(DiagnosticSeverity severity) => severity switch
    {
        DiagnosticSeverity.Info => "info",
        DiagnosticSeverity.Warning => "warning",
        _ => "error",
    };

    public static string Of(RuleSeverity severity) => severity switch
    {
        RuleSeverity.None => "none",
        RuleSeverity.Info => "info",
        RuleSeverity.Warning => "warning",
        _ => "error",
    };

    public static string Of(NotificationChannel channel) => channel switch
    {
        NotificationChannel.Page => "page",
        NotificationChannel.Chat => "chat",
        NotificationChannel.Email => "email",
        _ => "ticket",
    };

    /// <summary>The severity's word in its colour, padded to the longest word (<c>warning</c>) so that columns line up.</summary>
    public static string Styled(TextStyle style, DiagnosticSeverity severity) => Colour(style, severity, Of(severity).PadRight(7));

    /// <summary>The severity's word in its colour, not padded.</summary>
    public static string Word(TextStyle style, DiagnosticSeverity severity) => Colour(style, severity, Of(severity));

    private static string Colour(TextStyle style, DiagnosticSeverity severity, string text) => severity switch
    {
        DiagnosticSeverity.Error => style.Red(text),
        DiagnosticSeverity.Warning => style.Yellow(text),
        _ => style.Cyan(text),
    };
}
