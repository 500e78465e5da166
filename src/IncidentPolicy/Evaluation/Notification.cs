using IncidentPolicy.Model;
using IncidentPolicy.Policy;
using NodaTime;

namespace IncidentPolicy.Evaluation;

/// <summary>
/// Someone to notify (IRP4001). Each recipient is notified at most once per incident; <paramref name="Key"/>
/// (<c>&lt;incidentId&gt;/&lt;recipient&gt;</c>) lets a host that sends at least once drop repeats.
/// </summary>
/// <param name="Recipient">Who, e.g. <c>onCallEngineer</c>.</param>
/// <param name="Severity">The level whose entry called for it.</param>
/// <param name="At">When that level was entered.</param>
/// <param name="RuleId">The rule that produced it: <c>IRP4001</c>.</param>
/// <param name="Key">The de-duplication key.</param>
/// <param name="Channel">How the recipient is reached.</param>
/// <param name="Reason">Why, e.g. <c>engineeringManager is notified on entering P1</c>.</param>
public sealed record Notification(
    string Recipient, SeverityLevel Severity, Instant At, string RuleId, string Key, NotificationChannel Channel, string Reason);
