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

    public static string Styled(TextStyle style, DiagnosticSeverity severity) => severity switch
    {
        DiagnosticSeverity.Error => style.Red("error  "),
        DiagnosticSeverity.Warning => style.Yellow("warning"),
        _ => style.Cyan("info   "),
    };
}
