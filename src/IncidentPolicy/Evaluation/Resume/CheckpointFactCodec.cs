using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.Linq;
using IncidentPolicy.Model;
using IncidentPolicy.Policy;
using IncidentPolicy.Rules;
using IncidentPolicy.Rules.Communication;
using IncidentPolicy.Rules.Escalation;
using IncidentPolicy.Rules.Facts;
using IncidentPolicy.Rules.Notification;
using IncidentPolicy.Rules.Response;
using IncidentPolicy.Rules.Review;
using IncidentPolicy.Rules.Roles;
using IncidentPolicy.Rules.Triage;
using IncidentPolicy.Serialization;
using NodaTime;

namespace IncidentPolicy.Evaluation.Resume;

/// <summary>
/// Writes each fact the timeline keeps from one moment to the next as a <see cref="CheckpointFact"/>, and reads it
/// back. A fact of a kind not listed here (a custom rule's own fact) cannot be carried: the evaluation then has no
/// checkpoint. The guards that point at a moment's transient fact (a state's <c>Source</c>, the severity's
/// <c>LastChange</c>) are not carried: they only ever compare with the current moment's facts, and a resumed
/// evaluation's moments are all new.
/// </summary>
/// <remarks>
/// A new kind of state fact needs a case in <see cref="Encode"/> and one in <see cref="Decode"/>, and a line in
/// docs/wire-format.md; the engine's version changes with it, so older checkpoints fall back to a full replay.
/// </remarks>
internal static class CheckpointFactCodec
{
    private const string None = "";

    /// <summary>Whether a checkpoint can carry <paramref name="fact"/> (<see cref="Encode"/> does not return null for it).</summary>
    public static bool IsCarried(object fact) => fact is CurrentSeverity or CurrentClassification or RoleRoster or LastMitigation or StatusState
        or PhaseState or EarliestResolve or ChannelNamed or HistoryEntry or NotificationSent or DiagnosticReported or DeadlineOutcome
        or EscalationTimer or UpdateTimer or CustomerUpdateTimer or CadencePhaseTimer or RolesTimer or ResponseTimer or ReviewTimer;

    /// <summary>
    /// Whether decoded facts are a whole state: exactly one of each state the timeline always keeps (the
    /// severity with a level, the classification, the roster, the last mitigation, the status, the phase, the
    /// earliest resolve). A checkpoint edited or cut short fails this and is replayed from detection instead.
    /// </summary>
    public static bool IsComplete(IReadOnlyCollection<object> facts) =>
        facts.Count(f => f is CurrentSeverity { Level: not null }) == 1
        && facts.Count(f => f is CurrentSeverity) == 1
        && facts.Count(f => f is CurrentClassification) == 1
        && facts.Count(f => f is RoleRoster) == 1
        && facts.Count(f => f is LastMitigation) == 1
        && facts.Count(f => f is StatusState) == 1
        && facts.Count(f => f is PhaseState) == 1
        && facts.Count(f => f is EarliestResolve) == 1
        && facts.Count(f => f is ChannelNamed) <= 1;

    /// <summary>The fact as a checkpoint carries it; <see langword="null"/> when the fact cannot be carried.</summary>
    public static CheckpointFact? Encode(object fact) => fact switch
    {
        CurrentSeverity s => Fact("severity", Level(s.Level), Time(s.Since), Int(s.Entries), Level(s.Peak)),
        CurrentClassification c => c.Classification is null ? Fact("classification") : Fact("classification", "classified"),
        RoleRoster r => Fact("roster", [.. r.Holders.OrderBy(h => h.Key).SelectMany(h => new[] { WireNames.Role.Name(h.Key), h.Value })]),
        LastMitigation m => Fact("mitigation", Time(m.At)),
        StatusState s => Fact("status", WireNames.Status.Name(s.Status), Time(s.ChangedAt)),
        PhaseState p => Fact("phase", WireNames.Phase.Name(p.Phase), Time(p.ChangedAt)),
        EarliestResolve e => Fact("earliestResolve", Time(e.Value), Time(e.ChangedAt)),
        ChannelNamed c => Fact("channel", c.Name, Time(c.ChangedAt)),
        HistoryEntry h => Fact("history", h.Change.Severity.Name, Time(h.Change.Since), h.Change.RuleId, h.Change.Reason, Int(h.Sequence)),
        // The rule, key, channel and reason follow from the recipient, the level and the policy (NotifyRecipientOnceRule).
        NotificationSent n => Fact(
            "notification", n.Notification.Recipient, n.Notification.Severity.Name, Time(n.Notification.At), Int(n.EntrySequence), Int(n.RecipientIndex)),
        DiagnosticReported d => Fact(
            "diagnostic", d.Diagnostic.Id, WireNames.DiagnosticSeverity.Name(d.Diagnostic.Severity), Time(d.Diagnostic.At), d.Diagnostic.Message),
        DeadlineOutcome o => Fact("outcome", o.Deadline.Name, Time(o.DueAt), o.Met ? "met" : "missed"),
        EscalationTimer t => Fact("escalationTimer", t.From.Name, t.To.Name, Time(t.ChangedAt), Int(t.Entry)),
        UpdateTimer t => Fact("updateTimer", Time(t.DueAt), t.Level.Name, Time(t.ChangedAt)),
        CustomerUpdateTimer t => Fact("customerUpdateTimer", Time(t.DueAt), t.Level.Name, Time(t.ChangedAt)),
        CadencePhaseTimer t => Fact("cadencePhaseTimer", Time(t.DueAt)),
        RolesTimer t => Fact("rolesTimer", Time(t.DueAt)),
        ResponseTimer t => Fact("responseTimer", Time(t.DueAt), t.Level.Name, Time(t.ChangedAt)),
        ReviewTimer t => Fact("reviewTimer", Time(t.ChangedAt), t.Peak.Name),
        _ => null,
    };

    /// <summary>
    /// The fact <paramref name="fact"/> describes, for <paramref name="engine"/>'s policy; <see langword="null"/> when
    /// it names what the policy does not have or its values are not what its kind expects.
    /// </summary>
    public static object? Decode(CheckpointFact fact, PolicyEngine engine, IncidentRecord incident, ImpactAssessment impact)
    {
        var reader = new Values(fact.Values, engine.Policy);
        object? decoded = fact.Kind switch
        {
            "severity" when fact.Values.Length == 4 => Severity(reader),
            "classification" when fact.Values.IsEmpty => CurrentClassification.None,
            "classification" when fact.Values.Length == 1 => new CurrentClassification(engine.Classifier.Classify(impact), null),
            "roster" when fact.Values.Length % 2 == 0 => Roster(reader, fact.Values.Length / 2),
            "mitigation" when fact.Values.Length == 1 => reader.OptionalTime() is var at && reader.Ok ? (at is null ? LastMitigation.None : new LastMitigation(at, null)) : null,
            "status" when fact.Values.Length == 2 => new StatusState(reader.Enum(WireNames.Status), reader.Time()),
            "phase" when fact.Values.Length == 2 => new PhaseState(reader.Enum(WireNames.Phase), reader.Time()),
            "earliestResolve" when fact.Values.Length == 2 => new EarliestResolve(reader.OptionalTime(), reader.Time()),
            "channel" when fact.Values.Length == 2 => new ChannelNamed(reader.Text(), reader.Time()),
            "history" when fact.Values.Length == 5 => new HistoryEntry(
                new SeverityChange(reader.Level().Level, reader.Time(), reader.Text(), reader.Text()), reader.Int()),
            "notification" when fact.Values.Length == 5 => Notification(reader, engine.Policy, incident.Id),
            "diagnostic" when fact.Values.Length == 4 => Diagnostic(reader, engine),
            "outcome" when fact.Values.Length == 3 => Outcome(reader),
            "escalationTimer" when fact.Values.Length == 4 => Escalation(reader),
            "updateTimer" when fact.Values.Length == 3 => Update(reader, incident.DetectedAt),
            "customerUpdateTimer" when fact.Values.Length == 3 => CustomerUpdate(reader, incident.DetectedAt),
            "cadencePhaseTimer" when fact.Values.Length == 1 => new CadencePhaseTimer(reader.Time()),
            "rolesTimer" when fact.Values.Length == 1 => new RolesTimer(reader.Time()),
            "responseTimer" when fact.Values.Length == 3 => new ResponseTimer(reader.Time(), reader.Level(), reader.Time()),
            "reviewTimer" when fact.Values.Length == 2 => Review(reader, engine.Policy.Calendar),
            _ => null,
        };

        return reader.Ok ? decoded : null;
    }

    private static CurrentSeverity? Severity(Values reader)
    {
        var level = reader.OptionalLevel();
        var since = reader.Time();
        var entries = reader.Int();
        var peak = reader.OptionalLevel();
        return reader.Ok ? new CurrentSeverity(level, since, entries, peak, null) : null;
    }

    private static RoleRoster? Roster(Values reader, int count)
    {
        var holders = ImmutableDictionary.CreateBuilder<IncidentRole, string>();
        for (var i = 0; i < count; i++)
        {
            holders[reader.Enum(WireNames.Role)] = reader.Text();
        }

        return reader.Ok ? (count == 0 ? RoleRoster.Empty : new RoleRoster(holders.ToImmutable(), null)) : null;
    }

    private static NotificationSent? Notification(Values reader, ResponsePolicy policy, string incidentId)
    {
        var recipient = reader.Text();
        var level = reader.Level();
        var at = reader.Time();
        var entry = reader.Int();
        var index = reader.Int();
        if (!reader.Ok || !policy.RecipientChannels.TryGetValue(recipient, out var channel))
        {
            return null;
        }

        return new NotificationSent(
            new Notification(
                recipient,
                level.Level,
                at,
                NotifyRecipientOnceRule.Id,
                incidentId + "/" + recipient,
                channel,
                NotifyRecipientOnceRule.Descriptor.FormatMessage(recipient, level.Name)),
            entry,
            index);
    }

    private static DiagnosticReported? Diagnostic(Values reader, PolicyEngine engine)
    {
        var id = reader.Text();
        var severity = reader.Enum(WireNames.DiagnosticSeverity);
        var at = reader.Time();
        var message = reader.Text();
        var descriptor = engine.Rules.FirstOrDefault(r => r.Id == id);
        return descriptor is null || !reader.Ok ? null : new DiagnosticReported(new PolicyDiagnostic(descriptor, severity, at, message));
    }

    private static DeadlineOutcome? Outcome(Values reader)
    {
        var name = reader.Text();
        var dueAt = reader.Time();
        var met = reader.Text();
        var deadline = Deadline.All.FirstOrDefault(d => d.Name == name);
        return deadline is null || met is not ("met" or "missed") || !reader.Ok ? null : new DeadlineOutcome(deadline, dueAt, met == "met");
    }

    private static EscalationTimer? Escalation(Values reader)
    {
        var from = reader.Level();
        var to = reader.Level();
        var since = reader.Time();
        var entry = reader.Int();
        return reader.Ok && from.Escalation is not null ? new EscalationTimer(from, to, since, entry) : null;
    }

    private static ReviewTimer? Review(Values reader, BusinessCalendar calendar)
    {
        var resolvedAt = reader.Time();
        var peak = reader.Level();
        return reader.Ok && peak.ReviewWithin is not null ? new ReviewTimer(resolvedAt, peak, calendar) : null;
    }

    private static UpdateTimer? Update(Values reader, Instant detectedAt)
    {
        var dueAt = reader.Time();
        var level = reader.Level();
        var changedAt = reader.Time();
        return reader.Ok
            ? new UpdateTimer(dueAt, level, changedAt, null, detectedAt)
            : null;
    }

    private static CustomerUpdateTimer? CustomerUpdate(Values reader, Instant detectedAt)
    {
        var dueAt = reader.Time();
        var level = reader.Level();
        var changedAt = reader.Time();
        return reader.Ok && level.CustomerUpdateCadence is not null
            ? new CustomerUpdateTimer(dueAt, level, changedAt, null, detectedAt)
            : null;
    }

    private static CheckpointFact Fact(string kind, params string[] values) => new(kind, [.. values]);

    private static string Time(Instant value) => InstantJson.Format(value);

    private static string Time(Instant? value) => value is { } v ? InstantJson.Format(v) : None;

    private static string Level(SeverityLevelPolicy? level) => level?.Name ?? None;

    private static string Int(int value) => value.ToString(CultureInfo.InvariantCulture);

    /// <summary>Reads a fact's values in order; <see cref="Ok"/> turns false at the first value that is not what was asked for.</summary>
    private sealed class Values(ImmutableArray<string> values, ResponsePolicy policy)
    {
        private static readonly SeverityLevelPolicy Placeholder = ResponsePolicy.Default.Levels[0];
        private int _next;

        public bool Ok { get; private set; } = true;

        public string Text() => _next < values.Length ? values[_next++] : Fail(string.Empty);

        public Instant Time() => InstantJson.TryParse(Text(), out var at) ? at : Fail(default(Instant));

        public Instant? OptionalTime() => Text() is var text && text.Length == 0 ? null : InstantJson.TryParse(text, out var at) ? at : Fail<Instant?>(null);

        public int Int() => int.TryParse(Text(), NumberStyles.None, CultureInfo.InvariantCulture, out var value) ? value : Fail(0);

        public SeverityLevelPolicy Level() => policy.TryGetLevel(Text(), out var level) ? level : Fail(Placeholder);

        public SeverityLevelPolicy? OptionalLevel() => Text() is var name && name.Length == 0 ? null : policy.TryGetLevel(name, out var level) ? level : Fail<SeverityLevelPolicy?>(null);

        public TEnum Enum<TEnum>(EnumWireNames<TEnum> names)
            where TEnum : struct, System.Enum => names.TryParse(Text(), out var value) ? value : Fail(default(TEnum));

        private T Fail<T>(T placeholder)
        {
            Ok = false;
            return placeholder;
        }
    }
}
