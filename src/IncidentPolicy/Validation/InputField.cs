namespace IncidentPolicy.Validation;

/// <summary>
/// A field of an input, named in the model's terms: what a <see cref="FieldSegment"/> of a
/// <see cref="ProblemLocation"/> points at. How each is spelt in a JSON document is defined once, by the
/// serialization layer, which renders locations as JSON paths (docs/json-dialect.md).
/// </summary>
public enum InputField
{
    /// <summary>An incident record's id.</summary>
    Id,

    /// <summary>An impact assessment: the record's, or the one an <c>impactReassessed</c> event brings.</summary>
    Impact,

    /// <summary>Who is affected, in an impact assessment.</summary>
    UsersAffected,

    /// <summary>What is broken, in an impact assessment.</summary>
    Scope,

    /// <summary>An incident record's events.</summary>
    Events,

    /// <summary>When an event happened.</summary>
    At,

    /// <summary>A severity: the level an event assigns, or the configured severity of a rule or category.</summary>
    Severity,

    /// <summary>The role an event assigns.</summary>
    Role,

    /// <summary>Who holds the role an event assigns.</summary>
    Person,

    /// <summary>A policy's severity levels, each by its name.</summary>
    Levels,

    /// <summary>A level's rank.</summary>
    Rank,

    /// <summary>A title: a level's, or an action item's.</summary>
    Title,

    /// <summary>A level's response time.</summary>
    ResponseTime,

    /// <summary>A level's update cadence.</summary>
    UpdateCadence,

    /// <summary>How long an incident stays at a level before it escalates.</summary>
    EscalateAfter,

    /// <summary>The level an incident escalates to.</summary>
    EscalateTo,

    /// <summary>Who is notified on entering a level.</summary>
    Notify,

    /// <summary>The roles that must be assigned at a level.</summary>
    RequiredRoles,

    /// <summary>A level's verification window.</summary>
    VerificationWindow,

    /// <summary>How long after resolution a level's review is due.</summary>
    ReviewWithin,

    /// <summary>A policy's classification matrix, each cell by scope and users affected.</summary>
    Classification,

    /// <summary>A policy's business calendar.</summary>
    BusinessCalendar,

    /// <summary>The calendar's working days.</summary>
    WorkingDays,

    /// <summary>The calendar's working hours.</summary>
    WorkingHours,

    /// <summary>A policy's configured rule severities, each by rule ID.</summary>
    RuleSeverities,

    /// <summary>A policy's configured category severities, each by category.</summary>
    CategorySeverities,

    /// <summary>
    /// The rules of your own registered on a policy in code, each by rule ID. They are not part of a
    /// document, so a location under them is rendered without the document root: <c>customRules.ACME1001</c>.
    /// </summary>
    CustomRules,

    /// <summary>The time between status updates of one phase of an update cadence.</summary>
    Every,

    /// <summary>How long one phase of an update cadence lasts; when a review meeting is booked for.</summary>
    For,

    /// <summary>The calendar's holidays.</summary>
    Holidays,

    /// <summary>When an incident started, as seen in monitoring (at or before its detection).</summary>
    StartedAt,

    /// <summary>The cause an event identifies, in words.</summary>
    Summary,

    /// <summary>Who a status update was posted to.</summary>
    Audience,

    /// <summary>The step of the investigation method an event records.</summary>
    Step,

    /// <summary>The signal an observation records.</summary>
    Signal,

    /// <summary>Who owns an action item.</summary>
    Owner,

    /// <summary>A policy's settings of the document rules.</summary>
    Documents,

    /// <summary>The runbook layout of the document settings.</summary>
    Runbook,

    /// <summary>The required sections of a document layout.</summary>
    Sections,

    /// <summary>The section of a runbook whose subsections are the steps.</summary>
    StepsSection,

    /// <summary>The path patterns of documents of a kind.</summary>
    Paths,

    /// <summary>Commands that change a system, added to the current list.</summary>
    ChangingCommands,

    /// <summary>Commands that change a system, replacing the current list.</summary>
    ChangingCommandsReplace,

    /// <summary>How long after its last verification a runbook is stale.</summary>
    RunbookMaxAge,

    /// <summary>A policy's communication settings: the service's name, the customers' time zone, the message templates.</summary>
    Communications,

    /// <summary>The service's name in the customer message.</summary>
    ServiceName,

    /// <summary>The time zone of the customer message.</summary>
    CustomerTimeZone,

    /// <summary>A policy's message templates, each by message kind.</summary>
    Templates,

    /// <summary>The review layout of the document settings.</summary>
    Review,

    /// <summary>Names a review's blame check ignores (bots, tools).</summary>
    IgnoreNames,

    /// <summary>A level's customer update cadence.</summary>
    CustomerUpdateCadence,
}
