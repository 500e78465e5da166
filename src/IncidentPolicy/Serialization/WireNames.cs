using IncidentPolicy.Evaluation;
using IncidentPolicy.Model;
using IncidentPolicy.Policy;

namespace IncidentPolicy.Serialization;

/// <summary>The enums of the wire format (<c>docs/wire-format.md</c>) and of policy documents, each with its values in the contract's order.</summary>
internal static class WireNames
{
    public static WireEnum<UsersAffected> UsersAffected { get; } = new(
        "value", Model.UsersAffected.All, Model.UsersAffected.Most, Model.UsersAffected.Subset, Model.UsersAffected.Internal, Model.UsersAffected.Unknown);

    public static WireEnum<ImpactScope> Scope { get; } = new(
        "value", ImpactScope.Outage, ImpactScope.CoreSeverelyImpaired, ImpactScope.CoreDegraded, ImpactScope.NonCore, ImpactScope.Cosmetic, ImpactScope.Unknown);

    public static WireEnum<IncidentRole> Role { get; } = new(
        "role", IncidentRole.IncidentCommander, IncidentRole.TechnicalLead, IncidentRole.CommunicationsLead, IncidentRole.Scribe);

    public static WireEnum<IncidentStatus> Status { get; } = new(
        "status", IncidentStatus.Open, IncidentStatus.Mitigated, IncidentStatus.Resolved);

    public static WireEnum<DiagnosticSeverity> DiagnosticSeverity { get; } = new(
        "severity", Evaluation.DiagnosticSeverity.Info, Evaluation.DiagnosticSeverity.Warning, Evaluation.DiagnosticSeverity.Error);

    public static WireEnum<NotificationChannel> Channel { get; } = new(
        "channel", NotificationChannel.Page, NotificationChannel.Chat, NotificationChannel.Email, NotificationChannel.Ticket);

    public static WireEnum<RuleSeverity> RuleSeverity { get; } = new(
        "severity", Policy.RuleSeverity.None, Policy.RuleSeverity.Info, Policy.RuleSeverity.Warning, Policy.RuleSeverity.Error);

    public static WireEnum<NodaTime.IsoDayOfWeek> WorkingDay { get; } = new(
        "day",
        NodaTime.IsoDayOfWeek.Monday,
        NodaTime.IsoDayOfWeek.Tuesday,
        NodaTime.IsoDayOfWeek.Wednesday,
        NodaTime.IsoDayOfWeek.Thursday,
        NodaTime.IsoDayOfWeek.Friday,
        NodaTime.IsoDayOfWeek.Saturday,
        NodaTime.IsoDayOfWeek.Sunday);
}
