using System.Collections.Generic;
using System.Linq;
using IncidentPolicy.Model;
using IncidentPolicy.Policy;
using IncidentPolicy.Text;

namespace IncidentPolicy.Serialization.Wire;

/// <summary>
/// A whole policy as its wire type. Maps keep the policy's order (levels most severe first, recipients and
/// rule settings sorted as the policy holds them): they are filled once, in that order, and never changed.
/// </summary>
internal static class PolicyWireMapper
{
    public static PolicyDocumentWire ToWire(ResponsePolicy policy)
    {
        var matrix = policy.Classification;
        var calendar = policy.Calendar;
        return new PolicyDocumentWire(
            WireFields.ExtendsNone,
            Ordered(policy.Levels.Select(level => KeyValuePair.Create(level.Level.Name, Level(level)))),
            new ClassificationWire(
                Row(matrix, ImpactScope.Outage),
                Row(matrix, ImpactScope.CoreSeverelyImpaired),
                Row(matrix, ImpactScope.CoreDegraded),
                Row(matrix, ImpactScope.NonCore),
                Row(matrix, ImpactScope.Cosmetic)),
            Ordered(policy.RecipientChannels.Select(r => KeyValuePair.Create(r.Key, WireNames.Channel.Name(r.Value)))),
            new BusinessCalendarWire(
                calendar.TimeZone.Id,
                [.. calendar.WorkingDays.Select(WireNames.WorkingDay.Name)],
                new WorkingHoursWire(calendar.WorkingHoursStart, calendar.WorkingHoursEnd),
                [.. calendar.Holidays.Select(IsoTime.Format), .. calendar.YearlyHolidays.Select(IsoTime.Format)]),
            Severities(policy.RuleSeverities.Rules),
            Severities(policy.RuleSeverities.Categories),
            policy.RuleSeverities.All is { } all ? new RuleSeverityWire(WireNames.RuleSeverity.Name(all)) : null,
            Documents(policy.Documents),
            CommunicationsWire.From(policy.Communications),
            ChecklistPolicyWire.From(policy.Checklist),
            AdvisorPolicyWire.From(policy.Advisor));
    }

    private static DocumentsWire? Documents(DocumentSettings documents) =>
        documents == DocumentSettings.Default
            ? null
            : new DocumentsWire(
                new RunbookLayoutWire([.. documents.Runbook.Sections], documents.Runbook.StepsSection, documents.Runbook.Paths.IsEmpty ? null : [.. documents.Runbook.Paths]),
                [.. documents.ChangingCommands],
                IsoDuration.Format(documents.RunbookMaxAge),
                documents.Review == ReviewSettings.Default
                    ? null
                    : new ReviewLayoutWire([.. documents.Review.Sections], documents.Review.IgnoreNames.IsEmpty ? null : [.. documents.Review.IgnoreNames]));

    private static SeverityLevelWire Level(SeverityLevelPolicy level) => new(
        level.Level.Rank,
        level.Title,
        PolicyDurationWire.From(level.ResponseTime),
        CadenceWire.From(level.UpdateCadence),
        level.CustomerUpdateCadence is { } customer ? CadenceWire.From(customer) : null,
        level.Escalation?.After,
        level.Escalation?.To,
        level.Notify,
        [.. level.RequiredRoles.Select(WireNames.Role.Name)],
        level.VerificationWindow,
        level.ReviewWithin is { } review ? PolicyDurationWire.From(review) : null);

    private static ClassificationRowWire Row(ClassificationMatrix matrix, ImpactScope scope) => new(
        matrix[scope, UsersAffected.All],
        matrix[scope, UsersAffected.Most],
        matrix[scope, UsersAffected.Subset],
        matrix[scope, UsersAffected.Internal]);

    private static Dictionary<string, RuleSeverityWire> Severities(IEnumerable<KeyValuePair<string, RuleSeverity>> severities) =>
        Ordered(severities.Select(s => KeyValuePair.Create(s.Key, new RuleSeverityWire(WireNames.RuleSeverity.Name(s.Value)))));

    // A Dictionary that is only added to enumerates in the order of its additions.
    private static Dictionary<string, T> Ordered<T>(IEnumerable<KeyValuePair<string, T>> entries) => new(entries, System.StringComparer.Ordinal);
}
