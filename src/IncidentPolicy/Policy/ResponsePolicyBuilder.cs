using System;
using System.Collections.Generic;
using System.Linq;
using IncidentPolicy.Model;
using IncidentPolicy.Rules;
using IncidentPolicy.Text;
using IncidentPolicy.Validation;
using NodaTime;

namespace IncidentPolicy.Policy;

/// <summary>
/// Shapes a policy without forking it: start from <see cref="ResponsePolicy.CreateBuilder"/> (the default),
/// <see cref="ResponsePolicy.ToBuilder"/> or <see cref="CreateEmpty"/>, change what differs, and
/// <see cref="Build"/>. Build checks everything at once and throws one <see cref="InvalidPolicyException"/>
/// listing every problem with its place (a JSON path); it never returns a half-built policy. A builder is not
/// thread-safe; the policy it builds is immutable.
/// </summary>
/// <example>
/// <code>
/// var policy = ResponsePolicy.CreateBuilder()
///     .Level("P2", p2 => p2.EscalateAfter(Duration.FromHours(3)))
///     .AddLevel("P4", 4, p4 => p4.Title("Informational").ResponseTime(PolicyDuration.NextBusinessDay)
///         .UpdateCadence(Duration.FromDays(7)).Notify("assignedEngineer"))
///     .Calendar(c => c.TimeZone(DateTimeZoneProviders.Tzdb["Europe/London"]).AddHolidays(new LocalDate(2024, 12, 25)))
///     .RuleSeverity("IRP5001", RuleSeverity.Error)
///     .Build();
/// </code>
/// </example>
public sealed class ResponsePolicyBuilder
{
    private const string NoCell = "the classification matrix has no cell for it: an unknown answer is classified as its most severe value";

    private readonly List<SeverityLevelBuilder> _levels = [];
    private readonly Dictionary<(ImpactScope, UsersAffected), string> _cells = [];
    private readonly Dictionary<string, NotificationChannel> _recipients = new(StringComparer.Ordinal);
    private readonly Dictionary<string, RuleSeverity> _ruleSeverities = new(StringComparer.Ordinal);
    private readonly Dictionary<string, RuleSeverity> _categorySeverities = new(StringComparer.Ordinal);
    private readonly List<CustomRule> _customRules = [];
    private readonly List<ValidationProblem> _inputProblems = [];
    private readonly List<string> _sources = [];
    private readonly List<ProblemLocation> _misspelt = [];
    private RuleSeverity? _allRules;
    private DocumentSettings _documents = DocumentSettings.Default;
    private Checklist.ChecklistSettings _checklist = Checklist.ChecklistSettings.Default;
    private Advice.AdvisorTablesBuilder _advisor = Advice.AdvisorTables.Default.ToBuilder();
    private string? _serviceName;
    private DateTimeZone? _customerTimeZone;
    private readonly SortedDictionary<Communications.MessageKind, string> _templates = [];

    private ResponsePolicyBuilder(BusinessCalendar calendar)
    {
        CalendarBuilder = new BusinessCalendarBuilder(calendar);
    }

    internal BusinessCalendarBuilder CalendarBuilder { get; }

    internal IReadOnlyList<SeverityLevelBuilder> LevelBuilders => _levels;

    /// <summary>
    /// A builder for a whole policy that inherits nothing from the default, as a document with
    /// <c>"extends": "none"</c> (docs/configuration.md). What has a natural empty value starts empty: no levels,
    /// no matrix cells, no recipients, no rule severity settings; a level added starts with no escalation,
    /// no required roles, no verification window and no review. The business calendar is the default
    /// policy's (Monday to Friday, 09:00-17:00 UTC). What has no natural value must be given, or
    /// <see cref="Build"/> reports it missing, every problem at once: at least one level, each level's rank,
    /// response time and update cadence, all twenty matrix cells, and a channel for every recipient a level
    /// notifies. The most severe level (the lowest rank) is where a security breach or data corruption puts
    /// an incident.
    /// </summary>
    /// <returns>A new, empty builder.</returns>
    /// <example>
    /// <code>
    /// var policy = ResponsePolicyBuilder.CreateEmpty()
    ///     .AddLevel("SEV1", 1, l => l.ResponseTime(PolicyDuration.Within(Duration.FromMinutes(15))).UpdateCadence(Duration.FromMinutes(30)).Notify("onCall"))
    ///     .AddLevel("SEV2", 2, l => l.ResponseTime(PolicyDuration.NextBusinessDay).UpdateCadence(Duration.FromHours(4)))
    ///     .Recipient("onCall", NotificationChannel.Page)
    ///     .ClassifyAll("SEV2")                          // every cell, then the ones that differ
    ///     .Classify(ImpactScope.Outage, UsersAffected.All, "SEV1")
    ///     .Build();
    /// </code>
    /// </example>
    public static ResponsePolicyBuilder CreateEmpty() => new(DefaultPolicy.Instance.Calendar);

    internal static ResponsePolicyBuilder From(ResponsePolicy policy)
    {
        var builder = new ResponsePolicyBuilder(policy.Calendar);
        builder._levels.AddRange(policy.Levels.Select(l => new SeverityLevelBuilder(l)));
        foreach (var cell in policy.Classification.Cells)
        {
            builder._cells[cell.Key] = cell.Value;
        }

        foreach (var recipient in policy.RecipientChannels)
        {
            builder._recipients[recipient.Key] = recipient.Value;
        }

        foreach (var rule in policy.RuleSeverities.Rules)
        {
            builder._ruleSeverities[rule.Key] = rule.Value;
        }

        foreach (var category in policy.RuleSeverities.Categories)
        {
            builder._categorySeverities[category.Key] = category.Value;
        }

        builder._allRules = policy.RuleSeverities.All;
        builder._customRules.AddRange(policy.CustomRules);
        builder._documents = policy.Documents;
        builder._checklist = policy.Checklist;
        builder._advisor = policy.Advisor.ToBuilder();
        builder._serviceName = policy.Communications.ServiceName;
        builder._customerTimeZone = policy.Communications.CustomerTimeZone;
        foreach (var template in policy.Communications.Templates)
        {
            builder._templates[template.Key] = template.Value;
        }

        return builder;
    }

    /// <summary>Changes an existing level.</summary>
    /// <param name="name">The level's name, e.g. <c>P2</c>.</param>
    /// <param name="configure">What to change.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentException">The policy has no such level (use <see cref="AddLevel"/>).</exception>
    public ResponsePolicyBuilder Level(string name, Action<SeverityLevelBuilder> configure)
    {
        ArgumentNullException.ThrowIfNull(configure);
        var level = FindLevel(name)
            ?? throw new ArgumentException($"The policy has no level '{name}'; its levels are {string.Join(", ", _levels.Select(l => l.Name))}. Use AddLevel to add one.", nameof(name));
        configure(level);
        return this;
    }

    /// <summary>Adds a level.</summary>
    /// <param name="name">The new level's name, e.g. <c>P4</c>.</param>
    /// <param name="rank">Its rank, 0 or more: the lower the rank, the more severe the level (1, 2, 3 work as well as 0, 1, 2); each level needs its own.</param>
    /// <param name="configure">Its settings; a response time and an update cadence are required.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentException">A level of that name exists (use <see cref="Level"/>).</exception>
    public ResponsePolicyBuilder AddLevel(string name, int rank, Action<SeverityLevelBuilder> configure)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        ArgumentNullException.ThrowIfNull(configure);
        if (FindLevel(name) is not null)
        {
            throw new ArgumentException($"The policy already has a level '{name}'; use Level to change it.", nameof(name));
        }

        var level = new SeverityLevelBuilder(name).Rank(rank);
        configure(level);
        _levels.Add(level);
        return this;
    }

    /// <summary>Removes a level; matrix cells and escalations that name it must be changed too.</summary>
    /// <param name="name">The level's name.</param>
    /// <returns>This builder.</returns>
    public ResponsePolicyBuilder RemoveLevel(string name)
    {
        _levels.RemoveAll(l => l.Name == name);
        return this;
    }

    /// <summary>Sets the level of one cell of the triage matrix.</summary>
    /// <param name="scope">What is broken (not unknown).</param>
    /// <param name="users">Who is affected (not unknown).</param>
    /// <param name="level">The level's name.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="scope"/> or <paramref name="users"/> is unknown, or not a defined
    /// value: the matrix has no such cell (an unknown answer is classified as its most severe value).</exception>
    public ResponsePolicyBuilder Classify(ImpactScope scope, UsersAffected users, string level)
    {
        if (!ClassificationMatrix.Scopes.Contains(scope))
        {
            throw new ArgumentOutOfRangeException(nameof(scope), scope, NoCell);
        }

        if (!ClassificationMatrix.Users.Contains(users))
        {
            throw new ArgumentOutOfRangeException(nameof(users), users, NoCell);
        }

        _cells[(scope, users)] = level;
        return this;
    }

    /// <summary>Sets the level of every cell of the triage matrix; change the cells that differ after it with <see cref="Classify"/>.</summary>
    /// <param name="level">The level's name.</param>
    /// <returns>This builder.</returns>
    public ResponsePolicyBuilder ClassifyAll(string level)
    {
        foreach (var scope in ClassificationMatrix.Scopes)
        {
            foreach (var users in ClassificationMatrix.Users)
            {
                _cells[(scope, users)] = level;
            }
        }

        return this;
    }

    /// <summary>
    /// Removes a recipient and its channel, as <c>"recipients": { "teamLead": null }</c> does. The levels'
    /// lists are not changed: a level that still notifies it is a problem <see cref="Build"/> reports at
    /// that level's <c>notify</c> entry, so nobody stops being called without a visible change.
    /// </summary>
    /// <param name="recipient">The recipient's name; nothing happens when there is no such recipient.</param>
    /// <returns>This builder.</returns>
    public ResponsePolicyBuilder RemoveRecipient(string recipient)
    {
        ArgumentNullException.ThrowIfNull(recipient);
        _recipients.Remove(recipient);
        return this;
    }

    /// <summary>Sets how a recipient is reached, adding the recipient if new.</summary>
    /// <param name="recipient">The recipient, e.g. <c>securityOfficer</c>.</param>
    /// <param name="channel">The channel.</param>
    /// <returns>This builder.</returns>
    public ResponsePolicyBuilder Recipient(string recipient, NotificationChannel channel)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(recipient);
        _recipients[recipient] = channel;
        return this;
    }

    /// <summary>Renames a recipient everywhere: its channel and every level's list.</summary>
    /// <param name="from">The current name.</param>
    /// <param name="to">The new name.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentException">There is no recipient <paramref name="from"/>.</exception>
    public ResponsePolicyBuilder RenameRecipient(string from, string to)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(to);
        if (!_recipients.Remove(from, out var channel))
        {
            throw new ArgumentException($"There is no recipient '{from}'; the recipients are {string.Join(", ", _recipients.Keys.Order(StringComparer.Ordinal))}.", nameof(from));
        }

        _recipients[to] = channel;
        foreach (var level in _levels)
        {
            level.RenameRecipient(from, to);
        }

        return this;
    }

    /// <summary>Changes the business calendar.</summary>
    /// <param name="configure">What to change.</param>
    /// <returns>This builder.</returns>
    public ResponsePolicyBuilder Calendar(Action<BusinessCalendarBuilder> configure)
    {
        ArgumentNullException.ThrowIfNull(configure);
        configure(CalendarBuilder);
        return this;
    }

    /// <summary>Sets one rule's severity; it wins over its category and over all rules.</summary>
    /// <param name="ruleId">The rule's ID, e.g. <c>IRP3001</c>.</param>
    /// <param name="severity">The severity; <see cref="Policy.RuleSeverity.None"/> turns the rule off.</param>
    /// <returns>This builder.</returns>
    public ResponsePolicyBuilder RuleSeverity(string ruleId, RuleSeverity severity)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(ruleId);
        _ruleSeverities[ruleId] = severity;
        return this;
    }

    /// <summary>Sets the severity of every rule of a category; it wins over all rules.</summary>
    /// <param name="category">The category, e.g. <see cref="RuleCategories.Communication"/>.</param>
    /// <param name="severity">The severity.</param>
    /// <returns>This builder.</returns>
    public ResponsePolicyBuilder CategorySeverity(string category, RuleSeverity severity)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(category);
        _categorySeverities[category] = severity;
        return this;
    }

    /// <summary>Sets the severity of every configurable rule, below rule and category settings.</summary>
    /// <param name="severity">The severity, or <see langword="null"/> for each rule's default.</param>
    /// <returns>This builder.</returns>
    public ResponsePolicyBuilder AllRulesSeverity(RuleSeverity? severity)
    {
        _allRules = severity;
        return this;
    }

    /// <summary>Registers a rule of your own, evaluated beside the built-in rules.</summary>
    /// <typeparam name="TRule">The rule class.</typeparam>
    /// <returns>This builder.</returns>
    public ResponsePolicyBuilder AddRule<TRule>()
        where TRule : CustomPolicyRule, new()
    {
        _customRules.Add(CustomRule.Create<TRule>());
        return this;
    }

    /// <summary>Sets how long after detection the impact must be assessed (the checklist's <c>impactAssessed</c>; default 5 minutes).</summary>
    /// <param name="within">The time allowed.</param>
    /// <returns>This builder.</returns>
    public ResponsePolicyBuilder TriageWithin(PolicyDuration within)
    {
        ArgumentNullException.ThrowIfNull(within);
        _checklist = _checklist with { TriageWithin = within };
        return this;
    }

    /// <summary>Sets the levels at which an incident channel or bridge must be opened (the checklist's <c>channelOpened</c>; default P0, P1, P2).</summary>
    /// <param name="levels">The levels' names; none for no level.</param>
    /// <returns>This builder.</returns>
    public ResponsePolicyBuilder RequiresChannel(params string[] levels)
    {
        ArgumentNullException.ThrowIfNull(levels);
        _checklist = _checklist with { RequiresChannel = [.. levels] };
        return this;
    }

    /// <summary>Extends or replaces the investigation advisor's tables (steps, hypotheses, mitigations).</summary>
    /// <param name="configure">What to change.</param>
    /// <returns>This builder.</returns>
    public ResponsePolicyBuilder Advisor(Action<Advice.AdvisorTablesBuilder> configure)
    {
        ArgumentNullException.ThrowIfNull(configure);
        configure(_advisor);
        return this;
    }

    /// <summary>Sets the service's name in the customer message (docs/communications.md).</summary>
    /// <param name="serviceName">The name, e.g. <c>Acme Checkout</c>, or <see langword="null"/> for none ("Status Update", "our service").</param>
    /// <returns>This builder.</returns>
    public ResponsePolicyBuilder ServiceName(string? serviceName)
    {
        _serviceName = serviceName;
        return this;
    }

    /// <summary>Sets the time zone the customer message gives its times in.</summary>
    /// <param name="zone">The zone, or <see langword="null"/> for the business calendar's.</param>
    /// <returns>This builder.</returns>
    public ResponsePolicyBuilder CustomerTimeZone(DateTimeZone? zone)
    {
        _customerTimeZone = zone;
        return this;
    }

    /// <summary>
    /// Replaces the default text of a message with a Liquid template over the message's fields
    /// (<see cref="Communications.MessageFields"/>). <see cref="Build"/> checks it: a syntax error, an unknown field
    /// or a tag that reaches outside the template is a problem at <c>communications.templates.&lt;kind&gt;</c> with
    /// its line and column.
    /// </summary>
    /// <param name="kind">The message.</param>
    /// <param name="template">The template, or <see langword="null"/> for the default text.</param>
    /// <returns>This builder.</returns>
    public ResponsePolicyBuilder MessageTemplate(Communications.MessageKind kind, string? template)
    {
        if (template is null)
        {
            _templates.Remove(kind);
        }
        else
        {
            _templates[kind] = template;
        }

        return this;
    }

    /// <summary>
    /// Builds the policy, checking everything at once.
    /// </summary>
    /// <returns>The immutable policy.</returns>
    /// <exception cref="InvalidPolicyException">Every problem found, each with its place.</exception>
    public ResponsePolicy Build()
    {
        var problems = new List<ValidationProblem>(_inputProblems);
        var levels = _levels.Select(l => BuildLevel(l, problems)).ToList();
        var calendar = BuildCalendar(problems);
        var matrix = BuildMatrix(problems);
        var overrides = new RuleSeverityOverrides(_ruleSeverities, _categorySeverities, _allRules);
        problems.AddRange(PolicyInvariants.Check(levels, matrix, _recipients, overrides, _customRules));
        problems.AddRange(DocumentSettingsInvariants.Check(_documents));
        problems.AddRange(Checklist.ChecklistSettingsCheck.Problems(_checklist, [.. _levels.Select(l => l.Name)]));
        var advisorProblems = new List<ValidationProblem>();
        var advisor = _advisor.TryBuild(advisorProblems);

        // An input table with a problem was not applied, so the tables are not what the input wrote: what they lack
        // across tables (a mitigation a hypothesis names) would be reported at entries the input does not have.
        if (!_inputProblems.Exists(p => p.Location.IsAtOrUnder(Advice.AdvisorTablesCheck.SectionLocation)))
        {
            problems.AddRange(advisorProblems);
        }

        var communications = CommunicationSettings.Create(_serviceName, _customerTimeZone, _templates, problems);

        // A misspelt key is reported once, as unknown with the name it meant, not again as that name missing.
        problems.RemoveAll(p => ProblemMessages.IsMissing(p.Message) && _misspelt.Exists(p.Location.IsAtOrUnder));
        if (problems.Count > 0)
        {
            throw new InvalidPolicyException(problems.Distinct(), _sources.Count == 0 ? null : string.Join(", ", _sources));
        }

        // Checked above, with the builder's own problems: the policy is not checked a second time.
        return ResponsePolicy.Checked(levels, matrix, calendar!, _recipients, overrides, _customRules) with { Documents = _documents, Checklist = _checklist, Advisor = advisor!, Communications = communications };
    }

    /// <summary>Changes the settings of the document rules (docs/documents.md); <see cref="Build"/> checks them.</summary>
    /// <param name="change">From the settings so far to the new ones, e.g. <c>d =&gt; d with { RunbookMaxAge = Duration.FromDays(30) }</c>.</param>
    /// <returns>This builder.</returns>
    public ResponsePolicyBuilder Documents(Func<DocumentSettings, DocumentSettings> change)
    {
        ArgumentNullException.ThrowIfNull(change);
        _documents = change(_documents) ?? throw new ArgumentException("The change returned no settings.", nameof(change));
        return this;
    }

    /// <summary>
    /// Starts over for a whole policy (<c>"extends": "none"</c>): what <see cref="CreateEmpty"/> holds. The rules
    /// of your own registered in code stay (they are code, not settings of a document), as do the problems
    /// and sources of the input read so far.
    /// </summary>
    internal void ClearForWholePolicy()
    {
        _levels.Clear();
        _cells.Clear();
        _recipients.Clear();
        _ruleSeverities.Clear();
        _categorySeverities.Clear();
        _allRules = null;
        _documents = DocumentSettings.Default;
        _checklist = Checklist.ChecklistSettings.Default;
        _advisor = Advice.AdvisorTables.Default.ToBuilder();
        _serviceName = null;
        _customerTimeZone = null;
        _templates.Clear();
        var calendar = DefaultPolicy.Instance.Calendar;
        CalendarBuilder
            .TimeZone(calendar.TimeZone)
            .WorkingDays([.. calendar.WorkingDays])
            .WorkingHours(calendar.WorkingHoursStart, calendar.WorkingHoursEnd)
            .Holidays([.. calendar.Holidays])
            .YearlyHolidays([.. calendar.YearlyHolidays]);
    }

    /// <summary>Records that the input misspelt the key at <paramref name="meant"/>: it is not reported missing too.</summary>
    internal void MeantButMisspelt(ProblemLocation meant) => _misspelt.Add(meant);

    /// <summary>Records a problem found while reading input into this builder (a JSON document, a configuration section).</summary>
    internal void AddInputProblem(ValidationProblem problem) => _inputProblems.Add(problem);

    /// <summary>Names an input applied to this builder, for the exception's message.</summary>
    internal void AddSource(string? source)
    {
        if (!string.IsNullOrWhiteSpace(source) && !_sources.Contains(source))
        {
            _sources.Add(source);
        }
    }

    internal SeverityLevelBuilder? FindLevel(string name) => _levels.Find(l => l.Name == name);

    internal SeverityLevelBuilder GetOrAddLevel(string name)
    {
        if (FindLevel(name) is { } existing)
        {
            return existing;
        }

        var level = new SeverityLevelBuilder(name);
        _levels.Add(level);
        return level;
    }

    private static SeverityLevelPolicy BuildLevel(SeverityLevelBuilder level, List<ValidationProblem> problems)
    {
        var at = ProblemLocation.Level(level.Name);
        if (level.RankValue is null)
        {
            problems.Add(new(at.Field(InputField.Rank), ProblemMessages.MissingBecause("a new level needs a rank (the lower the rank, the more severe the level)")));
        }
        else if (level.RankValue < 0)
        {
            problems.Add(new(at.Field(InputField.Rank), $"must be 0 or more, got {level.RankValue}"));
        }

        var responseTime = level.ResponseTimeValue;
        if (responseTime is null)
        {
            problems.Add(new(at.Field(InputField.ResponseTime), ProblemMessages.Missing(ProblemMessages.ResponseTime)));
        }
        else if (responseTime.Duration is { } fixedResponse && fixedResponse <= Duration.Zero)
        {
            problems.Add(new(at.Field(InputField.ResponseTime), ProblemMessages.NotPositive(fixedResponse)));
            responseTime = null;
        }

        var cadence = CheckCadence(level.UpdateCadenceValue, level.UpdateCadenceIsList, at.Field(InputField.UpdateCadence), problems);
        var customerCadence = level.CustomerUpdateCadenceValue is null
            ? null
            : CheckCadence(level.CustomerUpdateCadenceValue, level.CustomerUpdateCadenceIsList, at.Field(InputField.CustomerUpdateCadence), problems);
        var verification = CheckPositive(level.VerificationWindowValue, at.Field(InputField.VerificationWindow), problems);
        var review = level.ReviewWithinValue;
        if (review?.Duration is { } fixedReview)
        {
            review = CheckPositive(fixedReview, at.Field(InputField.ReviewWithin), problems) is { } checkedReview ? PolicyDuration.FromDuration(checkedReview) : null;
        }

        var escalateAfter = CheckPositive(level.EscalateAfterValue, at.Field(InputField.EscalateAfter), problems);
        EscalationStep? escalation = null;
        if (level.EscalateAfterValue is not null && level.EscalateToValue is null)
        {
            problems.Add(new(at.Field(InputField.EscalateTo), ProblemMessages.MissingBecause($"escalateAfter is {Quote.Json(IsoDuration.Format(level.EscalateAfterValue.Value))}, so the level to escalate to is needed")));
        }
        else if (level.EscalateAfterValue is null && level.EscalateToValue is not null)
        {
            problems.Add(new(at.Field(InputField.EscalateAfter), ProblemMessages.MissingBecause($"escalateTo is {Quote.Json(level.EscalateToValue)}, so the delay before escalating is needed")));
        }
        else if (escalateAfter is { } after && !string.IsNullOrWhiteSpace(level.EscalateToValue))
        {
            escalation = new EscalationStep(after, level.EscalateToValue);
        }

        var notify = level.NotifyValue.Where((r, i) =>
        {
            var blank = string.IsNullOrWhiteSpace(r);
            if (blank)
            {
                problems.Add(new(at.Field(InputField.Notify).Index(i), ProblemMessages.Expected("a recipient name", "an empty one")));
            }

            return !blank;
        }).ToList();

        var roles = level.RequiredRolesValue.Where((r, i) =>
        {
            var defined = Enum.IsDefined(r);
            if (!defined)
            {
                problems.Add(new(at.Field(InputField.RequiredRoles).Index(i), ProblemMessages.UndefinedValue(r)));
            }

            return defined;
        }).ToList();

        return new SeverityLevelPolicy(
            new SeverityLevel(level.Name, Math.Max(0, level.RankValue ?? 0)),
            level.TitleValue,
            responseTime ?? PolicyDuration.NextBusinessDay,
            cadence,
            escalation,
            notify,
            roles,
            verification,
            review,
            customerCadence);
    }

    /// <summary>A level's cadence if it is a schedule; otherwise its problems, each in its place, and a placeholder so that other checks still run.</summary>
    private static CadenceSchedule CheckCadence(CadenceSchedule? value, bool isList, ProblemLocation location, List<ValidationProblem> problems)
    {
        if (value is not { } cadence)
        {
            problems.Add(new(location, ProblemMessages.Missing(ProblemMessages.Duration)));
            return CadenceSchedule.Every(PolicyDuration.Within(Duration.FromMinutes(1)));
        }

        var found = CadenceSchedule.Problems(cadence.Phases).ToList();
        foreach (var (index, field, message) in found)
        {
            var place = !isList || index is not { } i ? location
                : field is { } f ? location.Index(i).Field(f) : location.Index(i);
            problems.Add(new(place, message));
        }

        return found.Count == 0 ? cadence : CadenceSchedule.Every(PolicyDuration.Within(Duration.FromMinutes(1)));
    }

    /// <summary>An optional duration: itself if positive or absent; otherwise a problem, and a placeholder so that other checks still run.</summary>
    private static Duration? CheckPositive(Duration? value, ProblemLocation location, List<ValidationProblem> problems)
    {
        if (value is not { } duration)
        {
            return null;
        }

        if (duration <= Duration.Zero)
        {
            problems.Add(new(location, ProblemMessages.NotPositive(duration)));
            return Duration.FromMinutes(1);
        }

        return duration;
    }

    private BusinessCalendar? BuildCalendar(List<ValidationProblem> problems)
    {
        var c = CalendarBuilder;
        var before = problems.Count;
        if (c.WorkingDaysValue.Count == 0)
        {
            problems.Add(new(ProblemLocation.Root.Field(InputField.BusinessCalendar).Field(InputField.WorkingDays), "a business calendar needs at least one working day"));
        }

        if (c.EndValue <= c.StartValue)
        {
            problems.Add(new(
                ProblemLocation.Root.Field(InputField.BusinessCalendar).Field(InputField.WorkingHours),
                $"working hours must end after they start, got start {Quote.Json(IsoTime.Format(c.StartValue))} and end {Quote.Json(IsoTime.Format(c.EndValue))}"));
        }

        if (c.YearlyHolidaysValue.Distinct().Count() >= BusinessCalendar.DaysInLeapYear)
        {
            problems.Add(new(
                ProblemLocation.Root.Field(InputField.BusinessCalendar).Field(InputField.Holidays),
                "yearly holidays cover every day of the year: no day would ever be a business day"));
        }

        return problems.Count > before ? null : new BusinessCalendar(c.TimeZoneValue, c.WorkingDaysValue, c.StartValue, c.EndValue, c.HolidaysValue, c.YearlyHolidaysValue);
    }

    private ClassificationMatrix BuildMatrix(List<ValidationProblem> problems)
    {
        // The matrix is built even when a cell has a problem (reported here), so that every other problem is found too.
        var fallback = _levels.Count > 0 && !string.IsNullOrWhiteSpace(_levels[0].Name) ? _levels[0].Name : "P0";
        foreach (var scope in ClassificationMatrix.Scopes)
        {
            foreach (var users in ClassificationMatrix.Users)
            {
                if (!_cells.TryGetValue((scope, users), out var level))
                {
                    problems.Add(new(ProblemLocation.MatrixCell(scope, users), ProblemMessages.MissingBecause("every scope and users pair needs a level")));
                }
                else if (string.IsNullOrWhiteSpace(level))
                {
                    problems.Add(new(ProblemLocation.MatrixCell(scope, users), ProblemMessages.Expected("the name of a severity level", level is null ? "none" : Quote.Json(level))));
                }
            }
        }

        return new ClassificationMatrix(ClassificationMatrix.Scopes
            .SelectMany(s => ClassificationMatrix.Users.Select(u => (s, u)))
            .Select(k => new KeyValuePair<(ImpactScope, UsersAffected), string>(k, _cells.TryGetValue(k, out var level) && !string.IsNullOrWhiteSpace(level) ? level : fallback)));
    }
}
