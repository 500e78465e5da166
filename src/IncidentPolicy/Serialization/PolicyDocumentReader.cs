using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text.Json;
using IncidentPolicy.Model;
using IncidentPolicy.Policy;
using IncidentPolicy.Text;
using IncidentPolicy.Validation;
using NodaTime;

namespace IncidentPolicy.Serialization;

/// <summary>
/// Applies a policy document (whole or partial) onto a <see cref="ResponsePolicyBuilder"/>. Every
/// problem is recorded on the builder with its JSON path and the offending value, and the value is
/// skipped, so <see cref="ResponsePolicyBuilder.Build"/> reports all problems of the document and of the
/// resulting policy in one exception. Property names are strict: a misspelt key is a problem, not silence.
/// </summary>
internal sealed class PolicyDocumentReader(ResponsePolicyBuilder builder)
{
    private static readonly string[] TopLevel = ["severities", "classification", "recipients", "businessCalendar", "rules", "categories", "allRules"];

    private static readonly string[] LevelFields =
        ["rank", "title", "responseTime", "updateCadence", "escalateAfter", "escalateTo", "notify", "requiredRoles", "verificationWindow", "reviewWithin"];

    private static readonly string[] CalendarFields = ["timeZone", "workingDays", "workingHours", "holidays"];

    public void Apply(JsonElement root)
    {
        if (root.ValueKind != JsonValueKind.Object)
        {
            Problem("$", $"expected a JSON object, got {JsonFound.Describe(root)}");
            return;
        }

        foreach (var property in root.EnumerateObject())
        {
            var path = "$." + property.Name;
            switch (property.Name)
            {
                case "severities": ForEachProperty(property.Value, path, ApplyLevel); break;
                case "classification": ForEachProperty(property.Value, path, ApplyClassificationRow); break;
                case "recipients": ForEachProperty(property.Value, path, ApplyRecipient); break;
                case "businessCalendar": ApplyCalendar(property.Value, path); break;
                case "rules": ForEachProperty(property.Value, path, (id, value, p) => ReadSeverity(value, p, s => builder.RuleSeverity(id, s))); break;
                case "categories": ForEachProperty(property.Value, path, (category, value, p) => ReadSeverity(value, p, s => builder.CategorySeverity(category, s))); break;
                case "allRules": ReadSeverity(property.Value, path, s => builder.AllRulesSeverity(s)); break;
                default: Unknown(path, TopLevel); break;
            }
        }
    }

    private void ApplyLevel(string name, JsonElement value, string path)
    {
        if (value.ValueKind == JsonValueKind.Null)
        {
            builder.RemoveLevel(name);
            return;
        }

        if (!ExpectObject(value, path))
        {
            return;
        }

        var level = builder.GetOrAddLevel(name);
        foreach (var field in value.EnumerateObject())
        {
            var fieldPath = $"{path}.{field.Name}";
            var v = field.Value;
            switch (field.Name)
            {
                case "rank":
                    if (ReadInt(v, fieldPath) is { } rank)
                    {
                        level.Rank(rank);
                    }

                    break;
                case "title":
                    if (ReadString(v, fieldPath, allowNull: true, out var title))
                    {
                        level.Title(title ?? string.Empty);
                    }

                    break;
                case "responseTime":
                    if (ReadString(v, fieldPath, allowNull: false, out var response))
                    {
                        if (response == "nextBusinessDay")
                        {
                            level.ResponseTime(ResponseTime.NextBusinessDay);
                        }
                        else if (!IsoDuration.TryParse(response, out var d))
                        {
                            Problem(fieldPath, $"expected an ISO-8601 duration such as \"PT15M\" or \"nextBusinessDay\", got {Quote.Json(response)}");
                        }
                        else if (d <= Duration.Zero)
                        {
                            Problem(fieldPath, $"must be a positive duration, got {Quote.Json(response)}");
                        }
                        else
                        {
                            level.ResponseTime(ResponseTime.Within(d));
                        }
                    }

                    break;
                case "updateCadence":
                    ReadDuration(v, fieldPath, allowNull: false, d => level.UpdateCadence(d!.Value));
                    break;
                case "escalateAfter":
                    ReadDuration(v, fieldPath, allowNull: true, d =>
                    {
                        if (d is { } after)
                        {
                            level.EscalateAfter(after);
                        }
                        else
                        {
                            level.NoEscalation();
                        }
                    });
                    break;
                case "escalateTo":
                    if (ReadString(v, fieldPath, allowNull: true, out var to))
                    {
                        if (to is null)
                        {
                            level.NoEscalation();
                        }
                        else
                        {
                            level.EscalateTo(to);
                        }
                    }

                    break;
                case "notify":
                    if (ReadStrings(v, fieldPath) is { } recipients)
                    {
                        level.Notify([.. recipients]);
                    }

                    break;
                case "requiredRoles":
                    if (ReadStrings(v, fieldPath) is { } roles)
                    {
                        var parsed = roles.Select((r, i) => (Role: WireNames.Role.TryParse(r, out var role) ? role : (IncidentRole?)null, Text: r, Index: i)).ToList();
                        foreach (var bad in parsed.Where(p => p.Role is null))
                        {
                            Problem($"{fieldPath}[{bad.Index}]", $"unknown role {Quote.Json(bad.Text)}; expected {WireNames.Role.Expected}");
                        }

                        level.RequiredRoles([.. parsed.Where(p => p.Role is not null).Select(p => p.Role!.Value)]);
                    }

                    break;
                case "verificationWindow":
                    ReadDuration(v, fieldPath, allowNull: true, d => level.VerificationWindow(d));
                    break;
                case "reviewWithin":
                    ReadDuration(v, fieldPath, allowNull: true, d => level.ReviewWithin(d));
                    break;
                default:
                    Unknown(fieldPath, LevelFields);
                    break;
            }
        }
    }

    private void ApplyClassificationRow(string scopeName, JsonElement row, string path)
    {
        if (!WireNames.Scope.TryParse(scopeName, out var scope) || scope == ImpactScope.Unknown)
        {
            Problem(path, $"unknown scope {Quote.Json(scopeName)}; expected {string.Join(", ", ClassificationMatrix.Scopes.Select(Identifiers.Camel))}");
            return;
        }

        ForEachProperty(row, path, (usersName, cell, cellPath) =>
        {
            if (!WireNames.UsersAffected.TryParse(usersName, out var users) || users == UsersAffected.Unknown)
            {
                Problem(cellPath, $"unknown users value {Quote.Json(usersName)}; expected {string.Join(", ", ClassificationMatrix.Users.Select(Identifiers.Camel))}");
            }
            else if (ReadString(cell, cellPath, allowNull: false, out var level))
            {
                builder.Classify(scope, users, level!);
            }
        });
    }

    private void ApplyRecipient(string recipient, JsonElement value, string path)
    {
        if (ReadString(value, path, allowNull: false, out var text))
        {
            if (WireNames.Channel.TryParse(text!, out var channel))
            {
                builder.Recipient(recipient, channel);
            }
            else
            {
                Problem(path, $"unknown channel {Quote.Json(text)}; expected {WireNames.Channel.Expected}");
            }
        }
    }

    private void ApplyCalendar(JsonElement value, string path)
    {
        if (!ExpectObject(value, path))
        {
            return;
        }

        var calendar = builder.CalendarBuilder;
        foreach (var field in value.EnumerateObject())
        {
            var fieldPath = $"{path}.{field.Name}";
            switch (field.Name)
            {
                case "timeZone":
                    if (ReadString(field.Value, fieldPath, allowNull: false, out var zoneId))
                    {
                        if (DateTimeZoneProviders.Tzdb.GetZoneOrNull(zoneId!) is { } zone)
                        {
                            calendar.TimeZone(zone);
                        }
                        else
                        {
                            Problem(fieldPath, $"unknown time zone {Quote.Json(zoneId)}; expected an IANA zone ID such as \"Europe/London\" or \"UTC\"");
                        }
                    }

                    break;
                case "workingDays":
                    if (ReadStrings(field.Value, fieldPath) is { } days)
                    {
                        var parsed = days.Select((d, i) => (Ok: WireNames.WorkingDay.TryParse(d, out var day), Day: day, Text: d, Index: i)).ToList();
                        foreach (var bad in parsed.Where(p => !p.Ok))
                        {
                            Problem($"{fieldPath}[{bad.Index}]", $"unknown day {Quote.Json(bad.Text)}; expected {WireNames.WorkingDay.Expected}");
                        }

                        calendar.WorkingDays([.. parsed.Where(p => p.Ok).Select(p => p.Day)]);
                    }

                    break;
                case "workingHours":
                    ApplyWorkingHours(field.Value, fieldPath, calendar);
                    break;
                case "holidays":
                    if (ReadStrings(field.Value, fieldPath) is { } holidays)
                    {
                        var dates = new List<LocalDate>();
                        for (var i = 0; i < holidays.Count; i++)
                        {
                            if (IsoTime.TryParseDate(holidays[i], out var date))
                            {
                                dates.Add(date);
                            }
                            else
                            {
                                Problem($"{fieldPath}[{i}]", $"expected a date such as \"2024-12-25\", got {Quote.Json(holidays[i])}");
                            }
                        }

                        calendar.Holidays([.. dates]);
                    }

                    break;
                default:
                    Unknown(fieldPath, CalendarFields);
                    break;
            }
        }
    }

    private void ApplyWorkingHours(JsonElement value, string path, BusinessCalendarBuilder calendar)
    {
        if (!ExpectObject(value, path))
        {
            return;
        }

        var start = calendar.StartValue;
        var end = calendar.EndValue;
        foreach (var field in value.EnumerateObject())
        {
            var fieldPath = $"{path}.{field.Name}";
            if (field.Name is not ("start" or "end"))
            {
                Unknown(fieldPath, ["start", "end"]);
            }
            else if (ReadString(field.Value, fieldPath, allowNull: false, out var text))
            {
                if (!IsoTime.TryParseTime(text, out var time))
                {
                    Problem(fieldPath, $"expected a local time such as \"09:00\", got {Quote.Json(text)}");
                }
                else if (field.Name == "start")
                {
                    start = time;
                }
                else
                {
                    end = time;
                }
            }
        }

        calendar.WorkingHours(start, end);
    }

    private void ReadSeverity(JsonElement value, string path, Action<RuleSeverity> apply)
    {
        if (!ExpectObject(value, path))
        {
            return;
        }

        foreach (var field in value.EnumerateObject())
        {
            var fieldPath = $"{path}.{field.Name}";
            if (field.Name != "severity")
            {
                Unknown(fieldPath, ["severity"]);
            }
            else if (ReadString(field.Value, fieldPath, allowNull: false, out var text))
            {
                if (WireNames.RuleSeverity.TryParse(text!, out var severity))
                {
                    apply(severity);
                }
                else
                {
                    Problem(fieldPath, $"expected {WireNames.RuleSeverity.Expected}, got {Quote.Json(text)}");
                }
            }
        }
    }

    private void ReadDuration(JsonElement value, string path, bool allowNull, Action<Duration?> apply)
    {
        if (!ReadString(value, path, allowNull, out var text))
        {
            return;
        }

        if (text is null)
        {
            apply(null);
        }
        else if (!IsoDuration.TryParse(text, out var duration))
        {
            Problem(path, $"expected an ISO-8601 duration such as \"PT30M\", \"PT4H\" or \"P7D\", got {Quote.Json(text)}");
        }
        else
        {
            apply(duration);
        }
    }

    private int? ReadInt(JsonElement value, string path)
    {
        if (value.ValueKind == JsonValueKind.Number && value.TryGetInt32(out var number))
        {
            return number;
        }

        if (value.ValueKind == JsonValueKind.String && int.TryParse(value.GetString(), NumberStyles.Integer, CultureInfo.InvariantCulture, out number))
        {
            return number; // configuration providers give every value as a string
        }

        Problem(path, $"expected a whole number, got {JsonFound.Describe(value)}");
        return null;
    }

    private bool ReadString(JsonElement value, string path, bool allowNull, out string? text)
    {
        text = null;
        if (value.ValueKind == JsonValueKind.String)
        {
            text = value.GetString()!;
            return true;
        }

        if (value.ValueKind == JsonValueKind.Null && allowNull)
        {
            return true;
        }

        Problem(path, $"expected a string{(allowNull ? " or null" : string.Empty)}, got {JsonFound.Describe(value)}");
        return false;
    }

    private List<string>? ReadStrings(JsonElement value, string path)
    {
        if (value.ValueKind != JsonValueKind.Array)
        {
            Problem(path, $"expected an array of strings, got {JsonFound.Describe(value)}");
            return null;
        }

        var items = new List<string>();
        var index = 0;
        foreach (var item in value.EnumerateArray())
        {
            if (item.ValueKind == JsonValueKind.String)
            {
                items.Add(item.GetString()!);
            }
            else
            {
                Problem($"{path}[{index}]", $"expected a string, got {JsonFound.Describe(item)}");
            }

            index++;
        }

        return items;
    }

    private void ForEachProperty(JsonElement value, string path, Action<string, JsonElement, string> apply)
    {
        if (ExpectObject(value, path))
        {
            foreach (var property in value.EnumerateObject())
            {
                apply(property.Name, property.Value, $"{path}.{property.Name}");
            }
        }
    }

    private bool ExpectObject(JsonElement value, string path)
    {
        if (value.ValueKind == JsonValueKind.Object)
        {
            return true;
        }

        Problem(path, $"expected an object, got {JsonFound.Describe(value)}");
        return false;
    }

    private void Unknown(string path, IEnumerable<string> expected) =>
        Problem(path, $"unknown property; expected one of {string.Join(", ", expected)}");

    private void Problem(string path, string message) => builder.AddInputProblem(new ValidationProblem(path, message));
}
