using System;
using IncidentPolicy.Validation;

namespace IncidentPolicy.Serialization;

/// <summary>
/// The names of the fields of the input documents, defined once: the readers read by them and
/// <see cref="JsonPath"/> spells problem locations with them (<see cref="Of"/>).
/// </summary>
internal static class WireFields
{
    public const string Id = "id";
    public const string Title = "title";
    public const string DetectedAt = "detectedAt";
    public const string Impact = "impact";
    public const string UsersAffected = "usersAffected";
    public const string Scope = "scope";
    public const string SecurityBreach = "securityBreach";
    public const string DataCorruption = "dataCorruption";
    public const string Events = "events";
    public const string Type = "type";
    public const string At = "at";
    public const string Severity = "severity";
    public const string By = "by";
    public const string Reason = "reason";
    public const string Role = "role";
    public const string Person = "person";
    public const string Action = "action";
    public const string Note = "note";
    public const string StartedAt = "startedAt";
    public const string Description = "description";
    public const string CustomerDescription = "customerDescription";
    public const string Audience = "audience";
    public const string Message = "message";
    public const string RootCause = "rootCause";
    public const string Resolution = "resolution";
    public const string CustomerImpact = "customerImpact";
    public const string Summary = "summary";
    public const string Channel = "channel";
    public const string Step = "step";
    public const string Signal = "signal";
    public const string Detail = "detail";
    public const string Owner = "owner";
    public const string DueDate = "dueDate";

    public const string Extends = "extends";
    public const string Severities = "severities";
    public const string Rank = "rank";
    public const string ResponseTime = "responseTime";
    public const string UpdateCadence = "updateCadence";
    public const string CustomerUpdateCadence = "customerUpdateCadence";
    public const string EscalateAfter = "escalateAfter";
    public const string EscalateTo = "escalateTo";
    public const string Notify = "notify";
    public const string RequiredRoles = "requiredRoles";
    public const string VerificationWindow = "verificationWindow";
    public const string ReviewWithin = "reviewWithin";
    public const string Classification = "classification";
    public const string Recipients = "recipients";
    public const string BusinessCalendar = "businessCalendar";
    public const string TimeZone = "timeZone";
    public const string WorkingDays = "workingDays";
    public const string WorkingHours = "workingHours";
    public const string Start = "start";
    public const string End = "end";
    public const string Holidays = "holidays";
    public const string Rules = "rules";
    public const string Categories = "categories";
    public const string AllRules = "allRules";
    public const string CustomRules = "customRules";
    public const string Every = "every";
    public const string For = "for";
    public const string BusinessDays = "businessDays";
    public const string Communications = "communications";
    public const string ServiceName = "serviceName";
    public const string CustomerTimeZone = "customerTimeZone";
    public const string Templates = "templates";
    public const string ChecklistSection = "checklist";
    public const string TriageWithin = "triageWithin";
    public const string RequiresChannel = "requiresChannel";
    public const string AdvisorSection = "advisor";
    public const string Steps = "steps";
    public const string StepsReplace = "stepsReplace";
    public const string Hypotheses = "hypotheses";
    public const string HypothesesReplace = "hypothesesReplace";
    public const string Mitigations = "mitigations";
    public const string MitigationsReplace = "mitigationsReplace";
    public const string Key = "key";
    public const string LookFor = "lookFor";
    public const string Signals = "signals";
    public const string HowToTest = "howToTest";
    public const string Reminder = "reminder";
    public const string WhenToUse = "whenToUse";
    public const string How = "how";
    public const string Risk = "risk";
    public const string OfferedWith = "offeredWith";

    /// <summary>The value of <c>extends</c> for a document that changes the default policy (the same as leaving <c>extends</c> out).</summary>
    public const string ExtendsDefault = "default";

    /// <summary>The value of <c>extends</c> for a document that is the whole policy: nothing is inherited.</summary>
    public const string ExtendsNone = "none";

    /// <summary>The response time that waits for the next business day instead of a duration.</summary>
    public const string NextBusinessDay = "nextBusinessDay";

    /// <summary>The policy's settings of the document rules.</summary>
    public const string Documents = "documents";

    /// <summary>The runbook layout, under <see cref="Documents"/>.</summary>
    public const string Runbook = "runbook";

    /// <summary>The required sections of a document layout.</summary>
    public const string Sections = "sections";

    /// <summary>The section whose subsections are a runbook's steps.</summary>
    public const string StepsSection = "stepsSection";

    /// <summary>Path patterns of documents of a kind.</summary>
    public const string Paths = "paths";

    /// <summary>Commands that change a system, added to the list.</summary>
    public const string ChangingCommands = "changingCommands";

    /// <summary>Commands that change a system, replacing the list.</summary>
    public const string ChangingCommandsReplace = "changingCommandsReplace";

    /// <summary>How long after its last verification a runbook is stale.</summary>
    public const string RunbookMaxAge = "runbookMaxAge";

    /// <summary>The review layout, under <see cref="Documents"/>.</summary>
    public const string Review = "review";

    /// <summary>Names a review's blame check ignores.</summary>
    public const string IgnoreNames = "ignoreNames";

    /// <summary>The name of a model field in a document.</summary>
    public static string Of(InputField field) => field switch
    {
        InputField.Id => Id,
        InputField.Impact => Impact,
        InputField.UsersAffected => UsersAffected,
        InputField.Scope => Scope,
        InputField.Events => Events,
        InputField.At => At,
        InputField.Severity => Severity,
        InputField.Role => Role,
        InputField.Person => Person,
        InputField.Levels => Severities,
        InputField.Rank => Rank,
        InputField.Title => Title,
        InputField.ResponseTime => ResponseTime,
        InputField.UpdateCadence => UpdateCadence,
        InputField.EscalateAfter => EscalateAfter,
        InputField.EscalateTo => EscalateTo,
        InputField.Notify => Notify,
        InputField.RequiredRoles => RequiredRoles,
        InputField.VerificationWindow => VerificationWindow,
        InputField.ReviewWithin => ReviewWithin,
        InputField.Classification => Classification,
        InputField.BusinessCalendar => BusinessCalendar,
        InputField.WorkingDays => WorkingDays,
        InputField.WorkingHours => WorkingHours,
        InputField.RuleSeverities => Rules,
        InputField.CategorySeverities => Categories,
        InputField.CustomRules => CustomRules,
        InputField.Every => Every,
        InputField.For => For,
        InputField.Holidays => Holidays,
        InputField.StartedAt => StartedAt,
        InputField.Summary => Summary,
        InputField.Audience => Audience,
        InputField.Step => Step,
        InputField.Signal => Signal,
        InputField.Owner => Owner,
        InputField.Documents => Documents,
        InputField.Runbook => Runbook,
        InputField.Sections => Sections,
        InputField.StepsSection => StepsSection,
        InputField.Paths => Paths,
        InputField.ChangingCommands => ChangingCommands,
        InputField.ChangingCommandsReplace => ChangingCommandsReplace,
        InputField.RunbookMaxAge => RunbookMaxAge,
        InputField.Communications => Communications,
        InputField.ServiceName => ServiceName,
        InputField.CustomerTimeZone => CustomerTimeZone,
        InputField.Templates => Templates,
        InputField.Review => Review,
        InputField.IgnoreNames => IgnoreNames,
        InputField.CustomerUpdateCadence => CustomerUpdateCadence,
        _ => throw new ArgumentOutOfRangeException(nameof(field), field, "not a field of an input document"),
    };
}
