using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using IncidentPolicy.Rules;
using IncidentPolicy.Validation;

namespace IncidentPolicy.Policy;

/// <summary>
/// An organisation's incident-response policy: its severity levels and what each requires, the triage
/// matrix, the business calendar, how recipients are reached, and the rules' configured severities.
/// Immutable and always valid: the constructor refuses, with every problem listed, a policy that breaks
/// its invariants. <see cref="Default"/> encodes the incident-response procedure of <c>docs/procedure.md</c>.
/// </summary>
public sealed record ResponsePolicy
{
    private readonly ImmutableDictionary<string, SeverityLevelPolicy> _byName;

    /// <summary>Creates a policy.</summary>
    /// <param name="levels">The levels with their settings, in any order (they are ordered by rank).</param>
    /// <param name="classification">The triage matrix; its cells name levels of <paramref name="levels"/>.</param>
    /// <param name="calendar">The business calendar.</param>
    /// <param name="recipientChannels">How each recipient is reached; every recipient a level notifies needs an entry.</param>
    /// <param name="ruleSeverities">Configured rule severities, or <see langword="null"/> for the defaults.</param>
    /// <param name="customRules">Rules of your own, evaluated beside the built-in ones.</param>
    /// <exception cref="InvalidPolicyException">The policy breaks an invariant; every problem is listed with its JSON path.</exception>
    public ResponsePolicy(
        IEnumerable<SeverityLevelPolicy> levels,
        ClassificationMatrix classification,
        BusinessCalendar calendar,
        IEnumerable<KeyValuePair<string, NotificationChannel>> recipientChannels,
        RuleSeverityOverrides? ruleSeverities = null,
        IEnumerable<CustomRule>? customRules = null)
        : this(levels, classification, calendar, recipientChannels, ruleSeverities, customRules, alreadyChecked: false)
    {
    }

    private ResponsePolicy(
        IEnumerable<SeverityLevelPolicy> levels,
        ClassificationMatrix classification,
        BusinessCalendar calendar,
        IEnumerable<KeyValuePair<string, NotificationChannel>> recipientChannels,
        RuleSeverityOverrides? ruleSeverities,
        IEnumerable<CustomRule>? customRules,
        bool alreadyChecked)
    {
        ArgumentNullException.ThrowIfNull(levels);
        ArgumentNullException.ThrowIfNull(classification);
        ArgumentNullException.ThrowIfNull(calendar);
        ArgumentNullException.ThrowIfNull(recipientChannels);
        Levels = [.. levels.OrderBy(l => l.Level.Rank)];
        Classification = classification;
        Calendar = calendar;
        RecipientChannels = recipientChannels.ToImmutableSortedDictionary(StringComparer.Ordinal);
        RuleSeverities = ruleSeverities ?? RuleSeverityOverrides.None;
        CustomRules = customRules is null ? [] : [.. customRules];

        if (!alreadyChecked)
        {
            var problems = PolicyInvariants.Check(Levels, Classification, RecipientChannels, RuleSeverities, CustomRules).ToList();
            if (problems.Count > 0)
            {
                throw new InvalidPolicyException(problems);
            }
        }

        _byName = Levels.ToImmutableDictionary(l => l.Level.Name, StringComparer.Ordinal);
    }

    /// <summary>A policy whose invariants the caller (<see cref="ResponsePolicyBuilder.Build"/>) has just checked.</summary>
    internal static ResponsePolicy Checked(
        IEnumerable<SeverityLevelPolicy> levels,
        ClassificationMatrix classification,
        BusinessCalendar calendar,
        IEnumerable<KeyValuePair<string, NotificationChannel>> recipientChannels,
        RuleSeverityOverrides ruleSeverities,
        IEnumerable<CustomRule> customRules) =>
        new(levels, classification, calendar, recipientChannels, ruleSeverities, customRules, alreadyChecked: true);

    /// <summary>The default policy, the incident-response procedure of <c>docs/procedure.md</c>: P0-P3 with their response times, cadences, escalations and recipients.</summary>
    public static ResponsePolicy Default => DefaultPolicy.Instance;

    /// <summary>The levels, most severe first.</summary>
    public ImmutableArray<SeverityLevelPolicy> Levels { get; }

    /// <summary>The triage matrix.</summary>
    public ClassificationMatrix Classification { get; }

    /// <summary>The business calendar.</summary>
    public BusinessCalendar Calendar { get; }

    /// <summary>How each recipient is reached.</summary>
    public ImmutableSortedDictionary<string, NotificationChannel> RecipientChannels { get; }

    /// <summary>Configured rule severities.</summary>
    public RuleSeverityOverrides RuleSeverities { get; }

    /// <summary>Rules of your own, evaluated beside the built-in ones and configured the same way.</summary>
    public ImmutableArray<CustomRule> CustomRules { get; }

    /// <summary>The settings of the document rules (runbook layout, changing commands, runbook age): docs/documents.md.</summary>
    /// <exception cref="InvalidPolicyException">Set to settings that are not valid (a blank name, a command pattern that does not parse, an age that is not positive).</exception>
    public DocumentSettings Documents
    {
        get;
        init
        {
            ArgumentNullException.ThrowIfNull(value);
            var problems = DocumentSettingsInvariants.Check(value).ToList();
            field = problems.Count == 0 ? value : throw new InvalidPolicyException(problems);
        }
    } = DocumentSettings.Default;

    /// <summary>The incident checklist's settings: how long triage may take, the levels that need a channel.</summary>
    public Checklist.ChecklistSettings Checklist { get; init; } = IncidentPolicy.Checklist.ChecklistSettings.Default;

    /// <summary>The investigation advisor's tables: the investigation's steps, the hypotheses and the mitigations.</summary>
    public Advice.AdvisorTables Advisor { get; init; } = IncidentPolicy.Advice.AdvisorTables.Default;

    /// <summary>What the policy says about its messages: the service's name, the customers' time zone, templates replacing the default texts.</summary>
    public CommunicationSettings Communications { get; init; } = CommunicationSettings.Default;

    /// <summary>Every rule this policy configures: the built-in rules, the policy checks (IRP9xxx), the document rules (IRP8xxx), then <see cref="CustomRules"/>.</summary>
    public IEnumerable<RuleDescriptor> Rules => KnownRules.Of(CustomRules);

    /// <summary>A builder that starts from this policy: change what differs, then <see cref="ResponsePolicyBuilder.Build"/>.</summary>
    /// <returns>A new builder.</returns>
    public ResponsePolicyBuilder ToBuilder() => ResponsePolicyBuilder.From(this);

    /// <summary>
    /// A builder that starts from <see cref="Default"/>, the default policy: change what differs. For a whole
    /// policy of your own that inherits nothing (other levels than P0-P3, recipients of your own), start from
    /// <see cref="ResponsePolicyBuilder.CreateEmpty"/> instead, as a document with <c>"extends": "none"</c> does.
    /// </summary>
    /// <returns>A new builder.</returns>
    public static ResponsePolicyBuilder CreateBuilder() => ResponsePolicyBuilder.From(Default);

    /// <summary>The most severe level: where a security breach or data corruption puts an incident.</summary>
    public SeverityLevelPolicy MostSevere => Levels[0];

    /// <summary>The settings of the level named <paramref name="name"/>.</summary>
    /// <param name="name">A level name, e.g. <c>P2</c>.</param>
    /// <returns>The level's settings.</returns>
    /// <exception cref="KeyNotFoundException">The policy has no such level.</exception>
    public SeverityLevelPolicy this[string name] =>
        TryGetLevel(name, out var level)
            ? level
            : throw new KeyNotFoundException($"The policy has no level '{name}'; its levels are {string.Join(", ", Levels.Select(l => l.Level.Name))}.");

    /// <summary>Finds the settings of the level named <paramref name="name"/>.</summary>
    /// <param name="name">A level name.</param>
    /// <param name="level">The settings, when found.</param>
    /// <returns>Whether the policy has that level.</returns>
    public bool TryGetLevel(string name, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out SeverityLevelPolicy? level) =>
        (_byName ?? Levels.ToImmutableDictionary(l => l.Level.Name, StringComparer.Ordinal)).TryGetValue(name, out level);

    /// <inheritdoc />
    public bool Equals(ResponsePolicy? other) =>
        other is not null
        && Levels.SequenceEqual(other.Levels)
        && Classification == other.Classification
        && Calendar == other.Calendar
        && RecipientChannels.SequenceEqual(other.RecipientChannels)
        && RuleSeverities == other.RuleSeverities
        && CustomRules.SequenceEqual(other.CustomRules)
        && Documents == other.Documents
        && Checklist == other.Checklist
        && Advisor == other.Advisor
        && Communications == other.Communications;

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Levels.Length, Classification, Calendar);
}
