using System.Collections.Generic;
using System.Linq;
using System.Text;
using IncidentPolicy.Policy;
using IncidentPolicy.Serialization;
using IncidentPolicy.Text;
using NodaTime;

namespace IncidentPolicy.Tests.Documentation;

/// <summary>Renders docs/default-policy.md, every table of the default policy, from <see cref="ResponsePolicy.Default"/> itself.</summary>
internal static class DefaultPolicyPage
{
    public static string Render(ResponsePolicy policy)
    {
        var page = new StringBuilder();
        Line(page, "# The default policy");
        Line(page);
        Line(page, "<!-- Generated from ResponsePolicy.Default by tests/IncidentPolicy.Tests/Documentation/DefaultPolicyPage.cs: do not edit by hand.");
        Line(page, "     INCIDENTPOLICY_UPDATE_DOCS=1 dotnet test tests/IncidentPolicy.Tests --filter \"FullyQualifiedName~DefaultPolicyPageTests\" rewrites it. -->");
        Line(page);
        Line(page, "Every setting of the policy an incident is evaluated against when you change nothing: the");
        Line(page, "[incident-response procedure](procedure.md) as data. A policy document or the builder changes any of it");
        Line(page, "([configuration](configuration.md)); `incident-policy policy` prints the policy in force, and");
        Line(page, "`incident-policy policy --format json` prints it as a whole policy document to start your own from.");
        Line(page);

        Line(page, "## Levels");
        Line(page);
        Line(page, "The lower the rank, the more severe the level. Durations are written as in a policy document; a day is 24 hours.");
        Line(page);
        Table(
            page,
            ["Level", "Rank", "Title", "Response time ([IRP2001](rules/IRP2001.md))", "Status updates every ([IRP5001](rules/IRP5001.md))", "Escalates ([IRP3001](rules/IRP3001.md))", "Verification window ([IRP6001](rules/IRP6001.md))", "Review within ([IRP7001](rules/IRP7001.md))"],
            policy.Levels.Select(l => new[]
            {
                $"`{l.Name}`",
                Number(l.Level.Rank),
                l.Title,
                Response(l.ResponseTime),
                Cadence(l),
                l.Escalation is { } e ? $"to `{e.To}` after {Duration(e.After)}" : "no",
                l.VerificationWindow is { } v ? Duration(v) : "none",
                l.ReviewWithin is { } r ? Response(r) : "no review required",
            }));
        Line(page);

        Line(page, "## Who is notified, and the roles each level requires");
        Line(page);
        Line(page, "Recipients are notified on entering the level, in this order ([IRP4001](rules/IRP4001.md)); the roles must be assigned ([IRP4002](rules/IRP4002.md)).");
        Line(page);
        Table(
            page,
            ["Level", "Notify", "Required roles"],
            policy.Levels.Select(l => new[]
            {
                $"`{l.Name}`",
                List(l.Notify.Select(r => $"`{r}`")),
                List(l.RequiredRoles.Select(r => $"`{WireNames.Role.Name(r)}`")),
            }));
        Line(page);

        Line(page, "## Classification");
        Line(page);
        Line(page, "The level an impact is classified at ([IRP1001](rules/IRP1001.md)): the scope of what is broken by who is affected.");
        Line(page, $"An unknown answer is read as the most severe one (`outage`, `all`); data corruption and a security breach ([IRP1002](rules/IRP1002.md)) put an incident at `{policy.MostSevere.Name}`, the most severe level.");
        Line(page);
        Table(
            page,
            ["Scope \\ users affected", .. ClassificationMatrix.Users.Select(u => $"`{WireNames.UsersAffected.Name(u)}`")],
            ClassificationMatrix.Scopes.Select(scope => new[] { $"`{WireNames.Scope.Name(scope)}`" }
                .Concat(ClassificationMatrix.Users.Select(users => $"`{policy.Classification[scope, users]}`"))
                .ToArray()));
        Line(page);

        Line(page, "## Recipients");
        Line(page);
        Line(page, "How each recipient is reached.");
        Line(page);
        Table(page, ["Recipient", "Channel"], policy.RecipientChannels.Select(r => new[] { $"`{r.Key}`", $"`{WireNames.Channel.Name(r.Value)}`" }));
        Line(page);

        var calendar = policy.Calendar;
        Line(page, "## Business calendar");
        Line(page);
        Line(page, "The days and hours `nextBusinessDay` counts in, and the zone of the incident channel's date.");
        Line(page);
        Table(
            page,
            ["Time zone", "Working days", "Working hours", "Holidays"],
            [[
                $"`{calendar.TimeZone.Id}`",
                List(calendar.WorkingDays.Select(d => $"`{WireNames.WorkingDay.Name(d)}`")),
                $"{IsoTime.Format(calendar.WorkingHoursStart)}–{IsoTime.Format(calendar.WorkingHoursEnd)}",
                List(calendar.Holidays.Select(h => IsoTime.Format(h))),
            ]]);
        Line(page);

        Line(page, "## Rule severities");
        Line(page);
        Line(page, policy.RuleSeverities == RuleSeverityOverrides.None
            ? "The default policy sets none: every rule has its default severity, listed in [docs/rules](rules/README.md)."
            : "The default policy sets some; the rest have their default severity, listed in [docs/rules](rules/README.md).");
        return page.ToString();
    }

    /// <summary>A level's update cadence as the table shows it.</summary>
    private static string Cadence(SeverityLevelPolicy level) => string.Join(
        ", then ",
        level.UpdateCadence.Phases.Select(p => p.For is { } f ? $"{Response(p.Every)} for {Duration(f)}" : Response(p.Every)));

    private static string Response(PolicyDuration time) =>
        time.Duration is { } d ? Duration(d)
        : time.BusinessDayCount == 1 ? "the end of the next business day (`nextBusinessDay`)"
        : $"the end of the {Number(time.BusinessDayCount)}th business day (`{{\"businessDays\": {Number(time.BusinessDayCount)}}}`)";

    private static string Duration(Duration duration) => $"{DurationText.Format(duration)} (`{IsoDuration.Format(duration)}`)";

    private static string Number(int value) => value.ToString(System.Globalization.CultureInfo.InvariantCulture);

    private static string List(IEnumerable<string> items)
    {
        var list = items.ToList();
        return list.Count == 0 ? "none" : string.Join(", ", list);
    }

    private static void Table(StringBuilder page, string[] header, IEnumerable<string[]> rows)
    {
        Line(page, "| " + string.Join(" | ", header) + " |");
        Line(page, "|" + string.Concat(header.Select(_ => "---|")));
        foreach (var row in rows)
        {
            Line(page, "| " + string.Join(" | ", row) + " |");
        }
    }

    private static void Line(StringBuilder page, string text = "") => page.Append(text).Append('\n');
}
