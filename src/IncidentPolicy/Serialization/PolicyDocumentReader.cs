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
using static IncidentPolicy.Serialization.WireFields;

namespace IncidentPolicy.Serialization;

/// <summary>
/// Applies a policy document (whole or partial) onto a <see cref="ResponsePolicyBuilder"/>, reading it
/// through the same reader layer as every other document (<see cref="JsonObjectReader"/>). Every problem is
/// collected with its place and the offending value, and the value is skipped, so
/// <see cref="ResponsePolicyBuilder.Build"/> reports all problems of the document and of the resulting
/// policy in one exception. <c>extends</c> is read first (<c>"none"</c> clears what the builder holds, so the
/// document is the whole policy); the other settings are applied in document order. Property names are
/// strict: a misspelt key is a problem, not silence, with the nearest known name when one is near; the
/// key it meant is then not also reported missing.
/// </summary>
internal sealed class PolicyDocumentReader(ResponsePolicyBuilder builder, JsonValueReader values)
{
    public const string DocumentExpected = "a policy document (a JSON object)";

    private const string ObjectExpected = "an object";
    private const string StringsExpected = "an array of strings";
    private const string StringExpected = "a string";

    private const string ExtendsExpected = "\"default\" (the document changes the default policy) or \"none\" (the document is the whole policy)";

    private static readonly string[] TopLevel = [Severities, Classification, Recipients, WireFields.BusinessCalendar, WireFields.Rules, Categories, AllRules, Extends, WireFields.Documents, WireFields.Communications, ChecklistSection, AdvisorSection];

    private static readonly string[] DocumentsFields = [WireFields.Runbook, WireFields.ChangingCommands, WireFields.ChangingCommandsReplace, WireFields.RunbookMaxAge, WireFields.Review];

    private static readonly string[] ReviewFields = [WireFields.Sections, WireFields.IgnoreNames];

    private static readonly string[] RunbookFields = [WireFields.Sections, WireFields.StepsSection, WireFields.Paths];

    private static readonly string[] CommunicationsFields = [WireFields.ServiceName, WireFields.CustomerTimeZone, WireFields.Templates];

    private static readonly string[] ChecklistFields = [TriageWithin, RequiresChannel];

    private static readonly string[] AdvisorFields = [Steps, StepsReplace, Hypotheses, HypothesesReplace, Mitigations, MitigationsReplace];

    private static readonly string[] StepFields = [Step, Title, LookFor];

    private static readonly string[] HypothesisFields = [Key, Title, Signals, HowToTest, Mitigations, Reminder];

    private static readonly string[] MitigationFields = [Key, Title, WhenToUse, How, Risk, OfferedWith];

    private static readonly string[] LevelFields =
        [Rank, Title, WireFields.ResponseTime, UpdateCadence, CustomerUpdateCadence, EscalateAfter, EscalateTo, Notify, RequiredRoles, VerificationWindow, ReviewWithin];

    private static readonly string[] CalendarFields = [WireFields.TimeZone, WorkingDays, WorkingHours, Holidays];

    private static readonly string[] HoursFields = [Start, End];

    private static readonly string[] BusinessDaysFields = [BusinessDays];

    private static readonly string[] PhaseFields = [Every, For];

    private static readonly string[] SeverityFields = [Severity];

    public void Apply(JsonObjectReader document)
    {
        ApplyExtends(document);
        foreach (var (name, value) in document.Properties)
        {
            var location = document.LocationOf(name);
            switch (name)
            {
                case Extends: break; // read first, above
                case Severities: ForEachProperty(value, location, ApplyLevel); break;
                case Classification: ForEachProperty(value, location, ApplyClassificationRow); break;
                case Recipients: ForEachProperty(value, location, ApplyRecipient); break;
                case WireFields.BusinessCalendar: ApplyCalendar(value, location); break;
                case WireFields.Rules: ForEachProperty(value, location, (id, v, at) => ReadSeverity(v, at, s => builder.RuleSeverity(id, s))); break;
                case Categories: ForEachProperty(value, location, (category, v, at) => ReadSeverity(v, at, s => builder.CategorySeverity(category, s))); break;
                case AllRules: ReadSeverity(value, location, s => builder.AllRulesSeverity(s)); break;
                case WireFields.Documents: ApplyDocuments(value, location); break;
                case WireFields.Communications: ApplyCommunications(value, location); break;
                case ChecklistSection: ApplyChecklist(value, location); break;
                case AdvisorSection: ApplyAdvisor(value, location); break;
                default: Unknown(document, name, TopLevel); break;
            }
        }
    }

    /// <summary><c>"extends": "none"</c> starts the policy from nothing, wherever the key stands in the document; <c>"default"</c>, <c>null</c> or no key changes what the builder holds.</summary>
    private void ApplyExtends(JsonObjectReader document)
    {
        if (document.Optional(Extends) is not { } value)
        {
            return;
        }

        var location = document.LocationOf(Extends);
        switch (values.String(value, location, ExtendsExpected))
        {
            case null:
            case ExtendsDefault:
                break;
            case ExtendsNone:
                builder.ClearForWholePolicy();
                break;
            default:
                values.Unexpected(value, location, ExtendsExpected);
                break;
        }
    }

    private void ApplyLevel(string name, JsonElement value, ProblemLocation location)
    {
        if (value.ValueKind == JsonValueKind.Null)
        {
            builder.RemoveLevel(name);
            return;
        }

        if (values.Object(value, location, "an object, or null to remove the level") is not { } fields)
        {
            return;
        }

        var level = builder.GetOrAddLevel(name);
        foreach (var (field, v) in fields.Properties)
        {
            var at = fields.LocationOf(field);
            switch (field)
            {
                case Rank:
                    if (ReadInt(v, at) is { } rank)
                    {
                        level.Rank(rank);
                    }

                    break;
                case Title:
                    if (ReadString(v, at, allowNull: true, out var title))
                    {
                        level.Title(title ?? string.Empty);
                    }

                    break;
                case WireFields.ResponseTime:
                    ReadResponseTime(v, at, level);
                    break;
                case UpdateCadence:
                    ReadCadence(v, at, allowNull: false, (c, list) => level.SetUpdateCadence(c!, list));
                    break;
                case CustomerUpdateCadence:
                    ReadCadence(v, at, allowNull: true, level.SetCustomerUpdateCadence);
                    break;
                case EscalateAfter:
                    ReadDuration(v, at, allowNull: true, d => _ = d is { } after ? level.EscalateAfter(after) : level.NoEscalation());
                    break;
                case EscalateTo:
                    if (ReadString(v, at, allowNull: true, out var to))
                    {
                        _ = to is null ? level.NoEscalation() : level.EscalateTo(to);
                    }

                    break;
                case Notify:
                    if (values.Strings(v, at, StringsExpected, StringExpected) is { } recipients)
                    {
                        level.Notify([.. recipients.Select(r => r.Text)]);
                    }

                    break;
                case RequiredRoles:
                    if (values.Strings(v, at, StringsExpected, StringExpected) is { } roles)
                    {
                        level.RequiredRoles([.. Parse(roles, WireNames.Role)]);
                    }

                    break;
                case VerificationWindow:
                    ReadDuration(v, at, allowNull: true, d => level.VerificationWindow(d));
                    break;
                case ReviewWithin:
                    ReadPolicyDuration(v, at, allowNull: true, ProblemMessages.DurationOrBusinessDays, d => level.ReviewWithin(d));
                    break;
                default:
                    Unknown(fields, field, LevelFields);
                    break;
            }
        }
    }

    private void ReadResponseTime(JsonElement value, ProblemLocation location, SeverityLevelBuilder level)
    {
        if (value.ValueKind == JsonValueKind.String && IsoDuration.TryParse(JsonStrings.TextOf(value), out var duration) && duration <= Duration.Zero)
        {
            values.Add(location, ProblemMessages.NotPositive(JsonStrings.TextOf(value)!));
            return;
        }

        ReadPolicyDuration(value, location, allowNull: false, ProblemMessages.ResponseTime, d => level.ResponseTime(d!));
    }

    /// <summary>
    /// An update cadence: one duration (a string, or <c>{"businessDays": n}</c>), or a list of phases
    /// <c>[{"every": ..., "for": ...}, ..., {"every": ...}]</c>. The list's shape (a <c>for</c> on every phase but
    /// the last) is checked by the builder, which places each problem in the list.
    /// </summary>
    private void ReadCadence(JsonElement value, ProblemLocation location, bool allowNull, Func<CadenceSchedule?, bool, SeverityLevelBuilder> set)
    {
        if (value.ValueKind != JsonValueKind.Array)
        {
            ReadPolicyDuration(value, location, allowNull, ProblemMessages.UpdateCadence, d => set(d is null ? null : CadenceSchedule.Every(d), false));
            return;
        }

        var phases = new List<CadencePhase>();
        var complete = true;
        foreach (var (item, at) in values.Array(value, location, ProblemMessages.UpdateCadence))
        {
            if (values.Object(item, at, "a phase, an object such as {\"every\": \"PT20M\", \"for\": \"PT2H\"}") is not { } fields)
            {
                complete = false;
                continue;
            }

            PolicyDuration? every = null;
            Duration? @for = null;
            var read = true;
            foreach (var (field, v) in fields.Properties)
            {
                var fieldAt = fields.LocationOf(field);
                switch (field)
                {
                    case Every:
                        read &= ReadPolicyDuration(v, fieldAt, allowNull: false, ProblemMessages.DurationOrBusinessDays, d => every = d);
                        break;
                    case For:
                        read &= ReadDuration(v, fieldAt, allowNull: false, d => @for = d);
                        break;
                    default:
                        Unknown(fields, field, PhaseFields);
                        read = false;
                        break;
                }
            }

            if (every is null && read)
            {
                values.Missing(fields.LocationOf(Every), ProblemMessages.DurationOrBusinessDays);
            }

            if (every is null || !read)
            {
                complete = false;
                continue;
            }

            phases.Add(CadencePhase.Unchecked(every, @for));
        }

        if (complete)
        {
            set(CadenceSchedule.Unchecked(phases), true);
        }
    }

    /// <summary>
    /// A time that may be business days: an ISO duration (a duration that is not positive is the policy's problem,
    /// reported by Build), <c>"nextBusinessDay"</c>, or <c>{"businessDays": n}</c> with n at least 1.
    /// </summary>
    /// <returns>Whether a value (or null where allowed) was read and applied.</returns>
    private bool ReadPolicyDuration(JsonElement value, ProblemLocation location, bool allowNull, string expected, Action<PolicyDuration?> apply)
    {
        switch (value.ValueKind)
        {
            case JsonValueKind.Null when allowNull:
                apply(null);
                return true;
            case JsonValueKind.String when JsonStrings.TextOf(value) == NextBusinessDay:
                apply(PolicyDuration.NextBusinessDay);
                return true;
            case JsonValueKind.String when IsoDuration.TryParse(JsonStrings.TextOf(value), out var duration):
                apply(PolicyDuration.FromDuration(duration));
                return true;
            case JsonValueKind.Object:
                return ReadBusinessDays(value, location, expected, apply);
            default:
                values.Unexpected(value, location, allowNull ? $"{expected}, or null" : expected);
                return false;
        }
    }

    private bool ReadBusinessDays(JsonElement value, ProblemLocation location, string expected, Action<PolicyDuration?> apply)
    {
        if (values.Object(value, location, expected) is not { } fields)
        {
            return false;
        }

        int? count = null;
        var read = true;
        foreach (var (field, v) in fields.Properties)
        {
            var at = fields.LocationOf(field);
            if (field != BusinessDays)
            {
                Unknown(fields, field, BusinessDaysFields);
                read = false;
            }
            else if (ReadInt(v, at) is not { } n)
            {
                read = false;
            }
            else if (n < 1)
            {
                values.Add(at, ProblemMessages.BusinessDaysTooFew(n));
                read = false;
            }
            else
            {
                count = n;
            }
        }

        if (count is null && read)
        {
            values.Missing(fields.LocationOf(BusinessDays), "a whole number of business days, 1 or more");
        }

        if (count is not { } days || !read)
        {
            return false;
        }

        apply(PolicyDuration.BusinessDays(days));
        return true;
    }

    private void ApplyClassificationRow(string scopeName, JsonElement row, ProblemLocation location)
    {
        if (!WireNames.Scope.TryParse(scopeName, out var scope) || scope == ImpactScope.Unknown)
        {
            Misspelt(location, "scope", scopeName, [.. ClassificationMatrix.Scopes.Select(WireNames.Scope.Name)]);
            return;
        }

        ForEachProperty(row, location, (usersName, cell, cellLocation) =>
        {
            if (!WireNames.UsersAffected.TryParse(usersName, out var users) || users == Model.UsersAffected.Unknown)
            {
                Misspelt(cellLocation, "users value", usersName, [.. ClassificationMatrix.Users.Select(WireNames.UsersAffected.Name)]);
            }
            else if (ReadString(cell, cellLocation, allowNull: false, out var level, "the name of a severity level, a string such as \"P1\""))
            {
                builder.Classify(scope, users, level!);
            }
        });
    }

    private void ApplyRecipient(string recipient, JsonElement value, ProblemLocation location)
    {
        if (value.ValueKind == JsonValueKind.Null)
        {
            builder.RemoveRecipient(recipient);
        }
        else if (values.Enum(value, location, WireNames.Channel) is { } channel)
        {
            builder.Recipient(recipient, channel);
        }
    }

    private void ApplyCalendar(JsonElement value, ProblemLocation location)
    {
        if (values.Object(value, location, ObjectExpected) is not { } fields)
        {
            return;
        }

        var calendar = builder.CalendarBuilder;
        foreach (var (field, v) in fields.Properties)
        {
            var at = fields.LocationOf(field);
            switch (field)
            {
                case WireFields.TimeZone:
                    if (ReadString(v, at, allowNull: false, out var zoneId))
                    {
                        if (DateTimeZoneProviders.Tzdb.GetZoneOrNull(zoneId!) is { } zone)
                        {
                            calendar.TimeZone(zone);
                        }
                        else
                        {
                            values.Add(at, ProblemMessages.Unknown("time zone", Quote.Json(zoneId), "an IANA zone ID such as \"Europe/London\" or \"UTC\""));
                        }
                    }

                    break;
                case WorkingDays:
                    if (values.Strings(v, at, StringsExpected, StringExpected) is { } days)
                    {
                        calendar.WorkingDays([.. Parse(days, WireNames.WorkingDay)]);
                    }

                    break;
                case WorkingHours:
                    ApplyWorkingHours(v, at, calendar);
                    break;
                case Holidays:
                    if (values.Strings(v, at, StringsExpected, StringExpected) is { } holidays)
                    {
                        var (dates, yearly) = ParseHolidays(holidays);
                        calendar.Holidays([.. dates]);
                        calendar.YearlyHolidays([.. yearly]);
                    }

                    break;
                default:
                    Unknown(fields, field, CalendarFields);
                    break;
            }
        }
    }

    private void ApplyWorkingHours(JsonElement value, ProblemLocation location, BusinessCalendarBuilder calendar)
    {
        if (values.Object(value, location, ObjectExpected) is not { } fields)
        {
            return;
        }

        var start = calendar.StartValue;
        var end = calendar.EndValue;
        foreach (var (field, v) in fields.Properties)
        {
            var at = fields.LocationOf(field);
            const string TimeExpected = "a local time such as \"09:00\"";
            if (field is not (Start or End))
            {
                Unknown(fields, field, HoursFields);
            }
            else if (ReadString(v, at, allowNull: false, out var text, TimeExpected))
            {
                if (!IsoTime.TryParseTime(text, out var time))
                {
                    values.Unexpected(v, at, TimeExpected);
                }
                else if (field == Start)
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

    private void ReadSeverity(JsonElement value, ProblemLocation location, Action<RuleSeverity> apply)
    {
        if (values.Object(value, location, "an object with a severity") is not { } fields)
        {
            return;
        }

        foreach (var (field, v) in fields.Properties)
        {
            var at = fields.LocationOf(field);
            if (field != Severity)
            {
                Unknown(fields, field, SeverityFields);
            }
            else if (values.Enum(v, at, WireNames.RuleSeverity) is { } severity)
            {
                apply(severity);
            }
        }
    }

    /// <summary>An ISO duration (a duration that is not positive is the policy's problem, reported by Build), or <c>null</c> where allowed.</summary>
    /// <returns>Whether a value (or null where allowed) was read and applied.</returns>
    private bool ReadDuration(JsonElement value, ProblemLocation location, bool allowNull, Action<Duration?> apply)
    {
        if (value.ValueKind == JsonValueKind.Null && allowNull)
        {
            apply(null);
            return true;
        }

        // Not ReadString: it would add its own " or null" to the expected text, which already says so.
        var expected = allowNull ? $"{ProblemMessages.Duration}, or null" : ProblemMessages.Duration;
        if (values.String(value, location, expected) is not { } text)
        {
            return false;
        }

        if (!IsoDuration.TryParse(text, out var duration))
        {
            values.Unexpected(value, location, expected);
            return false;
        }

        apply(duration); // a duration that is not positive is the policy's problem, reported by Build
        return true;
    }

    private int? ReadInt(JsonElement value, ProblemLocation location)
    {
        if (value.ValueKind == JsonValueKind.Number && value.TryGetInt32(out var number))
        {
            return number;
        }

        if (value.ValueKind == JsonValueKind.String && int.TryParse(JsonStrings.TextOf(value), NumberStyles.Integer, CultureInfo.InvariantCulture, out number))
        {
            return number; // configuration providers give every value as a string
        }

        values.Unexpected(value, location, "a whole number");
        return null;
    }

    private bool ReadString(JsonElement value, ProblemLocation location, bool allowNull, out string? text, string expected = StringExpected)
    {
        text = null;
        if (value.ValueKind == JsonValueKind.Null && allowNull)
        {
            return true;
        }

        text = values.String(value, location, allowNull ? $"{expected} or null" : expected);
        return text is not null;
    }

    private List<TEnum> Parse<TEnum>(IReadOnlyList<(string Text, ProblemLocation Location)> items, EnumWireNames<TEnum> names)
        where TEnum : struct, Enum
    {
        var parsed = new List<TEnum>();
        foreach (var (text, location) in items)
        {
            if (names.TryParse(text, out var value))
            {
                parsed.Add(value);
            }
            else
            {
                values.Add(location, ProblemMessages.UnknownName(names.Noun, text, names.Names));
            }
        }

        return parsed;
    }

    /// <summary>Holidays: dates such as <c>2024-12-25</c>, and days of every year in ISO 8601's recurring form <c>--12-25</c>.</summary>
    private (List<LocalDate> Dates, List<AnnualDate> Yearly) ParseHolidays(IReadOnlyList<(string Text, ProblemLocation Location)> items)
    {
        var dates = new List<LocalDate>();
        var yearly = new List<AnnualDate>();
        foreach (var (text, location) in items)
        {
            if (IsoTime.TryParseDate(text, out var date))
            {
                dates.Add(date);
            }
            else if (IsoTime.TryParseAnnualDate(text, out var day))
            {
                yearly.Add(day);
            }
            else
            {
                values.Add(location, ProblemMessages.Expected("a date such as \"2024-12-25\", or a day of every year such as \"--12-25\"", $"the string {Quote.Json(text)}"));
            }
        }

        return (dates, yearly);
    }

    /// <summary>
    /// <c>documents</c>: the runbook layout, the changing commands (<c>changingCommandsReplace</c> replaces the
    /// list, then <c>changingCommands</c> adds to it, whatever their order) and the runbook's maximum age.
    /// </summary>
    private void ApplyDocuments(JsonElement value, ProblemLocation location)
    {
        if (values.Object(value, location, ObjectExpected) is not { } fields)
        {
            return;
        }

        if (fields.Optional(WireFields.ChangingCommandsReplace) is { } replace
            && ReadCommands(replace, fields.LocationOf(WireFields.ChangingCommandsReplace)) is { } replacement)
        {
            builder.Documents(d => d with { ChangingCommands = [.. replacement] });
        }

        foreach (var (field, v) in fields.Properties)
        {
            var at = fields.LocationOf(field);
            switch (field)
            {
                case WireFields.Runbook: ApplyRunbookLayout(v, at); break;
                case WireFields.Review: ApplyReviewLayout(v, at); break;
                case WireFields.ChangingCommandsReplace: break; // read first, above
                case WireFields.ChangingCommands:
                    if (ReadCommands(v, at) is { } added)
                    {
                        builder.Documents(d => d with { ChangingCommands = [.. d.ChangingCommands, .. added.Where(c => !d.ChangingCommands.Contains(c))] });
                    }

                    break;
                case WireFields.RunbookMaxAge:
                    ReadDuration(v, at, allowNull: false, d => builder.Documents(s => s with { RunbookMaxAge = d!.Value }));
                    break;
                default: Unknown(fields, field, DocumentsFields); break;
            }
        }
    }

    private void ApplyRunbookLayout(JsonElement value, ProblemLocation location)
    {
        if (values.Object(value, location, ObjectExpected) is not { } fields)
        {
            return;
        }

        foreach (var (field, v) in fields.Properties)
        {
            var at = fields.LocationOf(field);
            switch (field)
            {
                case WireFields.Sections:
                    if (ReadNonBlankStrings(v, at, "a section name") is { } sections)
                    {
                        builder.Documents(d => d with { Runbook = d.Runbook with { Sections = [.. sections] } });
                    }

                    break;
                case WireFields.StepsSection:
                    if (values.String(v, at, "a section name (a string)", nonBlank: true) is { } steps)
                    {
                        builder.Documents(d => d with { Runbook = d.Runbook with { StepsSection = steps } });
                    }

                    break;
                case WireFields.Paths:
                    if (ReadNonBlankStrings(v, at, "a path pattern such as \"runbooks/**/*.md\"") is { } paths)
                    {
                        builder.Documents(d => d with { Runbook = d.Runbook with { Paths = [.. paths] } });
                    }

                    break;
                default: Unknown(fields, field, RunbookFields); break;
            }
        }
    }

    /// <summary><c>documents.review</c>: the required sections of a review and the names its blame check ignores.</summary>
    private void ApplyReviewLayout(JsonElement value, ProblemLocation location)
    {
        if (values.Object(value, location, ObjectExpected) is not { } fields)
        {
            return;
        }

        foreach (var (field, v) in fields.Properties)
        {
            var at = fields.LocationOf(field);
            switch (field)
            {
                case WireFields.Sections:
                    if (ReadNonBlankStrings(v, at, "a section name") is { } sections)
                    {
                        builder.Documents(d => d with { Review = d.Review with { Sections = [.. sections] } });
                    }

                    break;
                case WireFields.IgnoreNames:
                    if (ReadNonBlankStrings(v, at, "a name that is not a person, such as \"dependabot\"") is { } names)
                    {
                        builder.Documents(d => d with { Review = d.Review with { IgnoreNames = [.. names] } });
                    }

                    break;
                default: Unknown(fields, field, ReviewFields); break;
            }
        }
    }

    /// <summary>Command patterns: each item that does not parse is a problem at its index and is left out; null when the value is not an array.</summary>
    private List<string>? ReadCommands(JsonElement value, ProblemLocation location)
    {
        if (values.Strings(value, location, "an array of command patterns such as \"kubectl rollout restart|undo\"", "a command pattern (a string)") is not { } items)
        {
            return null;
        }

        var commands = new List<string>();
        foreach (var (text, at) in items)
        {
            if (Documents.Runbooks.ChangingCommandPattern.Problem(text) is { } problem)
            {
                values.Add(at, problem);
            }
            else
            {
                commands.Add(text.Trim());
            }
        }

        return commands;
    }

    private List<string>? ReadNonBlankStrings(JsonElement value, ProblemLocation location, string itemExpected)
    {
        if (values.Strings(value, location, $"an array of strings, each {itemExpected}", $"{itemExpected} (a string)") is not { } items)
        {
            return null;
        }

        var read = new List<string>();
        foreach (var (text, at) in items)
        {
            if (string.IsNullOrWhiteSpace(text))
            {
                values.Add(at, ProblemMessages.Expected(itemExpected, "a blank string"));
            }
            else
            {
                read.Add(text.Trim());
            }
        }

        return read;
    }

    /// <summary>
    /// <c>communications</c>: <c>serviceName</c> and <c>customerTimeZone</c> (null for none), and <c>templates</c> by
    /// message kind (null for the default text). The templates themselves are checked when the policy is built.
    /// </summary>
    private void ApplyCommunications(JsonElement value, ProblemLocation location)
    {
        if (values.Object(value, location, ObjectExpected) is not { } fields)
        {
            return;
        }

        foreach (var (field, v) in fields.Properties)
        {
            var at = fields.LocationOf(field);
            switch (field)
            {
                case WireFields.ServiceName:
                    if (ReadString(v, at, allowNull: true, out var name))
                    {
                        builder.ServiceName(name);
                    }

                    break;
                case WireFields.CustomerTimeZone:
                    if (ReadString(v, at, allowNull: true, out var zoneId))
                    {
                        if (zoneId is null)
                        {
                            builder.CustomerTimeZone(null);
                        }
                        else if (DateTimeZoneProviders.Tzdb.GetZoneOrNull(zoneId) is { } zone)
                        {
                            builder.CustomerTimeZone(zone);
                        }
                        else
                        {
                            values.Add(at, ProblemMessages.Unknown("time zone", Quote.Json(zoneId), "an IANA zone ID such as \"Europe/London\" or \"UTC\""));
                        }
                    }

                    break;
                case WireFields.Templates:
                    ForEachProperty(v, at, (kind, t, where) =>
                    {
                        if (!WireNames.MessageKind.TryParse(kind, out var messageKind))
                        {
                            Misspelt(where, WireNames.MessageKind.Noun, kind, WireNames.MessageKind.Names);
                        }
                        else if (ReadString(t, where, allowNull: true, out var template, "a Liquid template (a string)"))
                        {
                            builder.MessageTemplate(messageKind, template);
                        }
                    });
                    break;
                default:
                    Unknown(fields, field, CommunicationsFields);
                    break;
            }
        }
    }

    /// <summary>
    /// <c>checklist</c>: <c>triageWithin</c> (a duration or <c>{"businessDays": n}</c>) and <c>requiresChannel</c>
    /// (level names; null for the default P0, P1 and P2). The names are checked against the levels when the policy is built.
    /// </summary>
    private void ApplyChecklist(JsonElement value, ProblemLocation location)
    {
        if (values.Object(value, location, ObjectExpected) is not { } fields)
        {
            return;
        }

        foreach (var (field, v) in fields.Properties)
        {
            var at = fields.LocationOf(field);
            switch (field)
            {
                case TriageWithin:
                    if (v.ValueKind == JsonValueKind.String && IsoDuration.TryParse(JsonStrings.TextOf(v), out var duration) && duration <= Duration.Zero)
                    {
                        values.Add(at, ProblemMessages.NotPositive(JsonStrings.TextOf(v)!));
                        break;
                    }

                    ReadPolicyDuration(v, at, allowNull: false, ProblemMessages.DurationOrBusinessDays, d => builder.TriageWithin(d!));
                    break;
                case RequiresChannel:
                    if (ReadNonBlankStrings(v, at, "a level's name such as \"P1\"") is { } levels && levels.Count == v.GetArrayLength())
                    {
                        builder.RequiresChannel([.. levels]);
                    }

                    break;
                default: Unknown(fields, field, ChecklistFields); break;
            }
        }
    }

    /// <summary>
    /// <c>advisor</c>: each table (<c>steps</c>, <c>hypotheses</c>, <c>mitigations</c>) is extended by its key, an
    /// entry with a key the table has replacing that entry in place; <c>...Replace</c> replaces the whole table
    /// first, whatever the order of the keys. Each entry is checked where it stands; what spans the tables (a
    /// hypothesis naming a mitigation the tables lack) is checked when the policy is built.
    /// </summary>
    private void ApplyAdvisor(JsonElement value, ProblemLocation location)
    {
        if (values.Object(value, location, ObjectExpected) is not { } fields)
        {
            return;
        }

        ReplaceTable(fields, StepsReplace, ReadStep, a => a.ClearSteps(), (a, s) => a.Step(s));
        ReplaceTable(fields, MitigationsReplace, ReadMitigation, a => a.ClearMitigations(), (a, m) => a.Mitigation(m));
        ReplaceTable(fields, HypothesesReplace, ReadHypothesis, a => a.ClearHypotheses(), (a, h) => a.Hypothesis(h));
        foreach (var (field, v) in fields.Properties)
        {
            var at = fields.LocationOf(field);
            switch (field)
            {
                case StepsReplace:
                case HypothesesReplace:
                case MitigationsReplace:
                    break; // read first, above
                case Steps: ExtendTable(v, at, ReadStep, (a, s) => a.Step(s)); break;
                case Hypotheses: ExtendTable(v, at, ReadHypothesis, (a, h) => a.Hypothesis(h)); break;
                case Mitigations: ExtendTable(v, at, ReadMitigation, (a, m) => a.Mitigation(m)); break;
                default: Unknown(fields, field, AdvisorFields); break;
            }
        }
    }

    /// <summary>Replaces a table when its <c>...Replace</c> key is there; nothing changes unless every entry reads.</summary>
    private void ReplaceTable<T>(JsonObjectReader fields, string name, Func<JsonElement, ProblemLocation, T?> read, Action<Advice.AdvisorTablesBuilder> clear, Action<Advice.AdvisorTablesBuilder, T> put)
        where T : class
    {
        if (fields.Optional(name) is { } value && ReadTable(value, fields.LocationOf(name), read) is { } entries)
        {
            builder.Advisor(a =>
            {
                clear(a);
                foreach (var entry in entries)
                {
                    put(a, entry);
                }
            });
        }
    }

    private void ExtendTable<T>(JsonElement value, ProblemLocation location, Func<JsonElement, ProblemLocation, T?> read, Action<Advice.AdvisorTablesBuilder, T> put)
        where T : class
    {
        if (ReadTable(value, location, read) is { } entries)
        {
            builder.Advisor(a =>
            {
                foreach (var entry in entries)
                {
                    put(a, entry);
                }
            });
        }
    }

    /// <summary>The entries of a table, or null when the value is not an array or an entry has a problem (each reported where it stands).</summary>
    private List<T>? ReadTable<T>(JsonElement value, ProblemLocation location, Func<JsonElement, ProblemLocation, T?> read)
        where T : class
    {
        if (value.ValueKind != JsonValueKind.Array)
        {
            values.Unexpected(value, location, "an array of objects");
            return null;
        }

        var entries = new List<T>();
        var complete = true;
        foreach (var (item, at) in values.Array(value, location, "an array of objects"))
        {
            if (read(item, at) is { } entry)
            {
                entries.Add(entry);
            }
            else
            {
                complete = false;
            }
        }

        return complete ? entries : null;
    }

    private Advice.InvestigationStepAdvice? ReadStep(JsonElement value, ProblemLocation location)
    {
        if (values.Object(value, location, "a step: an object with step, title and lookFor") is not { } fields)
        {
            return null;
        }

        var step = fields.RequiredString(Step, "the step's key, one of " + string.Join(", ", Advice.AdvisorSignals.Steps), nonBlank: true);
        var ok = step is not null;
        if (step is not null && !Advice.AdvisorSignals.Steps.Contains(step))
        {
            Misspelt(fields.LocationOf(Step), "step", step, Advice.AdvisorSignals.Steps);
            ok = false;
        }

        var title = fields.RequiredString(Title, "the step's title (a string)", nonBlank: true);
        var lookFor = RequiredTexts(fields, LookFor, "what to look for");
        ok &= UnknownFields(fields, StepFields);
        return ok && title is not null && lookFor is not null ? new Advice.InvestigationStepAdvice(step!, title, [.. lookFor]) : null;
    }

    private Advice.HypothesisAdvice? ReadHypothesis(JsonElement value, ProblemLocation location)
    {
        if (values.Object(value, location, "a hypothesis: an object with key, title, signals, howToTest, mitigations and reminder") is not { } fields)
        {
            return null;
        }

        var key = fields.RequiredString(Key, "the hypothesis's key (a string)", nonBlank: true);
        var title = fields.RequiredString(Title, "the hypothesis (a string)", nonBlank: true);
        var signals = SignalNames(fields, Signals, required: true);
        var howToTest = fields.RequiredString(HowToTest, "how to test it (a string)", nonBlank: true);
        var ok = UnknownFields(fields, HypothesisFields);
        List<string>? mitigations = [];
        if (fields.Optional(Mitigations) is { } named)
        {
            mitigations = Texts(named, fields.LocationOf(Mitigations), "a mitigation's key");
        }

        string? reminder = null;
        if (fields.Optional(Reminder) is { } r && r.ValueKind != JsonValueKind.Null)
        {
            reminder = values.String(r, fields.LocationOf(Reminder), "a reminder (a string), or null for none", nonBlank: true);
            ok &= reminder is not null;
        }

        return ok && key is not null && title is not null && signals is not null && howToTest is not null && mitigations is not null
            ? new Advice.HypothesisAdvice(key, title, [.. signals], howToTest, [.. mitigations], reminder)
            : null;
    }

    private Advice.MitigationAdvice? ReadMitigation(JsonElement value, ProblemLocation location)
    {
        if (values.Object(value, location, "a mitigation: an object with key, title, whenToUse, how, risk and offeredWith") is not { } fields)
        {
            return null;
        }

        var key = fields.RequiredString(Key, "the mitigation's key (a string)", nonBlank: true);
        var title = fields.RequiredString(Title, "the mitigation's title (a string)", nonBlank: true);
        var whenToUse = fields.RequiredString(WhenToUse, "when to use it (a string)", nonBlank: true);
        var how = fields.RequiredString(How, "how to apply it (a string)", nonBlank: true);
        var risk = fields.RequiredString(Risk, "its risk (a string)", nonBlank: true);
        var offeredWith = SignalNames(fields, OfferedWith, required: false);
        var ok = UnknownFields(fields, MitigationFields);
        return ok && key is not null && title is not null && whenToUse is not null && how is not null && risk is not null && offeredWith is not null
            ? new Advice.MitigationAdvice(key, title, whenToUse, how, risk, [.. offeredWith])
            : null;
    }

    private List<string>? RequiredTexts(JsonObjectReader fields, string name, string itemExpected)
    {
        if (fields.Required(name, $"an array of strings, each {itemExpected}") is not { } value)
        {
            return null;
        }

        var texts = Texts(value, fields.LocationOf(name), itemExpected);
        if (texts is { Count: 0 })
        {
            values.Add(fields.LocationOf(name), ProblemMessages.Missing($"at least one entry, {itemExpected}"));
            return null;
        }

        return texts;
    }

    /// <summary>Non-blank strings, or null when the value is not such an array (each blank item reported at its index).</summary>
    private List<string>? Texts(JsonElement value, ProblemLocation location, string itemExpected) =>
        ReadNonBlankStrings(value, location, itemExpected) is { } texts && texts.Count == value.GetArrayLength() ? texts : null;

    /// <summary>Observation signal names, each checked where it stands (with the nearest known name).</summary>
    private List<string>? SignalNames(JsonObjectReader fields, string name, bool required)
    {
        JsonElement? value = required ? fields.Required(name, "an array of signal names") : fields.Optional(name);
        if (value is not { } v)
        {
            return required ? null : [];
        }

        if (values.Strings(v, fields.LocationOf(name), "an array of signal names such as \"recentDeploy\"", "a signal name (a string)") is not { } items)
        {
            return null;
        }

        var ok = true;
        if (required && items.Count == 0)
        {
            values.Add(fields.LocationOf(name), ProblemMessages.Missing("at least one signal"));
            ok = false;
        }

        foreach (var (text, at) in items)
        {
            if (!Advice.AdvisorSignals.Signals.Contains(text))
            {
                Misspelt(at, "signal", text, Advice.AdvisorSignals.Signals);
                ok = false;
            }
        }

        return ok ? [.. items.Select(i => i.Text)] : null;
    }

    /// <summary>Reports each field not in <paramref name="known"/>; false when there was one.</summary>
    private bool UnknownFields(JsonObjectReader fields, IReadOnlyList<string> known)
    {
        var ok = true;
        foreach (var (field, _) in fields.Properties)
        {
            if (!known.Contains(field))
            {
                Unknown(fields, field, known);
                ok = false;
            }
        }

        return ok;
    }

    private void ForEachProperty(JsonElement value, ProblemLocation location, Action<string, JsonElement, ProblemLocation> apply)
    {
        if (values.Object(value, location, ObjectExpected) is { } entries)
        {
            foreach (var (name, v) in entries.Properties)
            {
                apply(name, v, entries.LocationOf(name));
            }
        }
    }

    private void Unknown(JsonObjectReader fields, string name, IReadOnlyList<string> known) =>
        Misspelt(fields.LocationOf(name), "property", name, known);

    /// <summary>
    /// An unknown name: a problem, with the nearest known name when one is near. The name it most likely
    /// meant is then not also reported missing (a misspelt <c>responseTme</c> is one problem, not two).
    /// </summary>
    private void Misspelt(ProblemLocation location, string noun, string name, IReadOnlyList<string> known)
    {
        var meant = NearestName.Find(name, known);
        values.Add(location, ProblemMessages.UnknownName(noun, name, known, meant));
        if (meant is not null)
        {
            builder.MeantButMisspelt(location.Parent().Key(meant));
        }
    }
}
