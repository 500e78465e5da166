using System.Linq;
using System.Text.Json;
using IncidentPolicy.Policy;
using IncidentPolicy.Text;

namespace IncidentPolicy.Serialization;

/// <summary>Writes a whole policy as a policy document: every key, in a fixed order, so the text is the same on every machine.</summary>
internal static class PolicyDocumentWriter
{
    public static string Write(ResponsePolicy policy, bool indented)
    {
        return JsonOutput.Write(indented, json =>
        {
            json.WriteStartObject();
            json.WriteStartObject("severities");
            foreach (var level in policy.Levels)
            {
                json.WriteStartObject(level.Level.Name);
                json.WriteNumber("rank", level.Level.Rank);
                json.WriteString("title", level.Title);
                json.WriteString("responseTime", level.ResponseTime.Duration is { } d ? IsoDuration.Format(d) : "nextBusinessDay");
                json.WriteString("updateCadence", IsoDuration.Format(level.UpdateCadence));
                WriteDuration(json, "escalateAfter", level.Escalation?.After);
                WriteNullableString(json, "escalateTo", level.Escalation?.To);
                WriteStrings(json, "notify", level.Notify);
                WriteStrings(json, "requiredRoles", level.RequiredRoles.Select(WireNames.Role.Name));
                WriteDuration(json, "verificationWindow", level.VerificationWindow);
                WriteDuration(json, "reviewWithin", level.ReviewWithin);
                json.WriteEndObject();
            }

            json.WriteEndObject();

            json.WriteStartObject("classification");
            foreach (var row in policy.Classification.Cells.GroupBy(c => c.Key.Scope))
            {
                json.WriteStartObject(Identifiers.Camel(row.Key));
                foreach (var cell in row)
                {
                    json.WriteString(Identifiers.Camel(cell.Key.Users), cell.Value);
                }

                json.WriteEndObject();
            }

            json.WriteEndObject();

            json.WriteStartObject("recipients");
            foreach (var recipient in policy.RecipientChannels)
            {
                json.WriteString(recipient.Key, WireNames.Channel.Name(recipient.Value));
            }

            json.WriteEndObject();

            var calendar = policy.Calendar;
            json.WriteStartObject("businessCalendar");
            json.WriteString("timeZone", calendar.TimeZone.Id);
            WriteStrings(json, "workingDays", calendar.WorkingDays.Select(WireNames.WorkingDay.Name));
            json.WriteStartObject("workingHours");
            json.WriteString("start", IsoTime.Format(calendar.WorkingHoursStart));
            json.WriteString("end", IsoTime.Format(calendar.WorkingHoursEnd));
            json.WriteEndObject();
            WriteStrings(json, "holidays", calendar.Holidays.Select(IsoTime.Format));
            json.WriteEndObject();

            WriteSeverities(json, "rules", policy.RuleSeverities.Rules);
            WriteSeverities(json, "categories", policy.RuleSeverities.Categories);
            if (policy.RuleSeverities.All is { } all)
            {
                json.WriteStartObject("allRules");
                json.WriteString("severity", WireNames.RuleSeverity.Name(all));
                json.WriteEndObject();
            }

            json.WriteEndObject();
        });
    }

    private static void WriteSeverities(Utf8JsonWriter json, string name, System.Collections.Generic.IEnumerable<System.Collections.Generic.KeyValuePair<string, RuleSeverity>> severities)
    {
        json.WriteStartObject(name);
        foreach (var entry in severities)
        {
            json.WriteStartObject(entry.Key);
            json.WriteString("severity", WireNames.RuleSeverity.Name(entry.Value));
            json.WriteEndObject();
        }

        json.WriteEndObject();
    }

    private static void WriteDuration(Utf8JsonWriter json, string name, NodaTime.Duration? duration) =>
        WriteNullableString(json, name, duration is { } d ? IsoDuration.Format(d) : null);

    private static void WriteNullableString(Utf8JsonWriter json, string name, string? value)
    {
        if (value is null)
        {
            json.WriteNull(name);
        }
        else
        {
            json.WriteString(name, value);
        }
    }

    private static void WriteStrings(Utf8JsonWriter json, string name, System.Collections.Generic.IEnumerable<string> values)
    {
        json.WriteStartArray(name);
        foreach (var value in values)
        {
            json.WriteStringValue(value);
        }

        json.WriteEndArray();
    }
}
