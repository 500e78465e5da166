using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using IncidentPolicy.Model;
using IncidentPolicy.Policy;
using IncidentPolicy.Evaluation.Resume;
using IncidentPolicy.Rules;
using IncidentPolicy.Rules.Triage;
using NodaTime;
using NRules;
using NRules.Fluent;

namespace IncidentPolicy.Evaluation;

/// <summary>
/// Evaluates incident records against one policy. Build it once per policy (the rule set is compiled
/// in the constructor, which is the expensive part) and share it: <see cref="Evaluate"/> is thread-safe
/// and evaluations may run in parallel.
/// </summary>
/// <example>
/// <code>
/// var engine = new PolicyEngine(ResponsePolicy.Default);
/// var result = engine.Evaluate(incident, clock.GetCurrentInstant());
/// foreach (var n in result.Notifications) notifier.Send(n.Key, n.Recipient);
/// </code>
/// </example>
public sealed class PolicyEngine
{
    private static readonly Lazy<PolicyEngine> DefaultEngine = new(() => new PolicyEngine(ResponsePolicy.Default));

    /// <summary>A buffer for the facts left after an evaluation, one per thread.</summary>
    [ThreadStatic]
    private static List<object>? t_facts;

    private readonly ISessionFactory _sessions;

    private string? _policyFingerprint;

    /// <summary>Sessions emptied after an evaluation, ready for the next (an NRules session is not thread-safe: one evaluation at a time each).</summary>
    private readonly ConcurrentBag<ISession> _idleSessions = [];

    /// <summary>Compiles the rules for <paramref name="policy"/>.</summary>
    /// <param name="policy">The policy.</param>
    public PolicyEngine(ResponsePolicy policy)
    {
        ArgumentNullException.ThrowIfNull(policy);
        Policy = policy;
        Rules = [.. policy.Rules];
        var context = new RuleContext(policy, Rules);
        Classifier = context.Classifier;
        var repository = new RuleRepository(new PolicyRuleActivator(context));
        repository.Load(spec => spec
            .From(typeof(PolicyEngine).Assembly)
            .PrivateTypes(true)
            .Where(rule => !typeof(CustomPolicyRule).IsAssignableFrom(rule.RuleType) && rule.Tags.All(context.IsEnabled)));
        var customRules = policy.CustomRules.Where(r => context.IsEnabled(r.Descriptor.Id)).Select(r => r.RuleType).ToList();
        if (customRules.Count > 0)
        {
            // The types were registered one by one: load each, also when it is nested in another class.
            repository.Load(spec => spec.From(customRules).PrivateTypes(true).NestedTypes(true));
        }

        _sessions = new RuleCompiler { ExpressionCompiler = FastExpressionCompilerAdapter.Instance }.Compile(repository.GetRuleSets());
    }

    /// <summary>The policy's impact classifier (a checkpoint's classification is restored with it).</summary>
    internal ImpactClassifier Classifier { get; }

    /// <summary>The policy's fingerprint, computed on first use: a checkpoint is only resumed by an engine with the same.</summary>
    internal string PolicyFingerprint => _policyFingerprint ??= Fingerprints.Policy(Policy);

    /// <summary>An engine for <see cref="ResponsePolicy.Default"/>, compiled on first use.</summary>
    public static PolicyEngine Default => DefaultEngine.Value;

    /// <summary>The policy this engine evaluates.</summary>
    public ResponsePolicy Policy { get; }

    /// <summary>
    /// The descriptors of every rule the policy configures: the built-in rules, the policy checks (which
    /// <see cref="Policy.Checks.PolicyAnalyzer.Analyze"/> runs on the policy itself), and the policy's custom rules.
    /// </summary>
    public ImmutableArray<RuleDescriptor> Rules { get; }

    /// <summary>The severity in force for each of <see cref="Rules"/>, after the policy's overrides.</summary>
    public IEnumerable<KeyValuePair<RuleDescriptor, RuleSeverity>> EffectiveSeverities =>
        Rules.Select(r => KeyValuePair.Create(r, Policy.RuleSeverities.EffectiveSeverity(r)));

    /// <summary>
    /// Reads an incident record for this engine's policy: every problem of the record, of its format, of its
    /// events' order and of the levels it names (which must be the policy's), in one exception, in document
    /// order. A record read here is one <see cref="Evaluate"/> accepts.
    /// </summary>
    /// <param name="json">The record as JSON text.</param>
    /// <param name="source">A file name or other label for the input; it is put in front of the error message. <see langword="null"/> for none.</param>
    /// <param name="options">How to read it (<see cref="Serialization.IncidentReadOptions.UnknownProperties"/>); its <see cref="Serialization.IncidentReadOptions.Policy"/> is replaced by this engine's. <see langword="null"/> for the defaults.</param>
    /// <returns>The record, with its events in document order.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="json"/> is <see langword="null"/>.</exception>
    /// <exception cref="Validation.InvalidIncidentException">The text is not JSON, or not a valid incident record for this policy; every problem is listed with its path.</exception>
    public IncidentRecord ReadIncident(string json, string? source = null, Serialization.IncidentReadOptions? options = null) =>
        Serialization.IncidentJson.ReadIncident(json, source, (options ?? Serialization.IncidentReadOptions.Default) with { Policy = Policy });

    /// <summary>What the policy says about <paramref name="incident"/> at <paramref name="at"/>.</summary>
    /// <param name="incident">The record; it is checked whole, also its events after <paramref name="at"/>.</param>
    /// <param name="at">The evaluation instant; only events at or before it are considered.</param>
    /// <returns>The evaluation.</returns>
    /// <exception cref="Validation.InvalidIncidentException">The record breaks the rules of the format; nothing was evaluated.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="at"/> is before the incident's detection.</exception>
    public PolicyEvaluation Evaluate(IncidentRecord incident, Instant at)
    {
        ArgumentNullException.ThrowIfNull(incident);
        Check(incident, at);
        return Run(incident, at, null, takeCheckpoint: false, out _).Evaluation;
    }

    /// <summary>
    /// What the policy says about <paramref name="incident"/> at <paramref name="at"/>, continuing from
    /// <paramref name="resumeFrom"/> (a checkpoint of an earlier evaluation of the same record) when it can: the
    /// result is the same as <see cref="Evaluate(IncidentRecord, Instant)"/>, byte for byte.
    /// </summary>
    /// <param name="incident">The record; it is checked whole, also its events after <paramref name="at"/>.</param>
    /// <param name="at">The evaluation instant; only events at or before it are considered.</param>
    /// <param name="resumeFrom">The checkpoint to continue from; with <see langword="null"/> the record is replayed from detection.</param>
    /// <returns>The evaluation, the checkpoint to resume from next time, and how <paramref name="resumeFrom"/> was used.</returns>
    /// <exception cref="Validation.InvalidIncidentException">The record breaks the rules of the format; nothing was evaluated.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="at"/> is before the incident's detection.</exception>
    /// <example>
    /// <code>
    /// var (evaluation, checkpoint, _) = engine.EvaluateWithCheckpoint(incident, now, stored.Checkpoint);
    /// store.Save(incident, checkpoint);   // CheckpointJson.Write(checkpoint), next to the record
    /// schedule.Schedule(incident.Id, evaluation.NextEvaluationAt);
    /// </code>
    /// </example>
    public CheckpointedEvaluation EvaluateWithCheckpoint(IncidentRecord incident, Instant at, EvaluationCheckpoint? resumeFrom = null)
    {
        ArgumentNullException.ThrowIfNull(incident);
        Check(incident, at);
        var outcome = ResumeOutcome.NoCheckpoint;
        (EvaluationCheckpoint, IReadOnlyList<object>)? resume = null;
        if (resumeFrom is not null)
        {
            outcome = Usable(resumeFrom, incident, at, out var facts);
            if (outcome == ResumeOutcome.Resumed)
            {
                resume = (resumeFrom, facts!);
            }
        }

        var (evaluation, timeline) = Run(incident, at, resume, takeCheckpoint: true, out var state);
        EvaluationCheckpoint? checkpoint = null;
        if (state is not null)
        {
            // The record's fingerprint waits until someone reads it (to store the checkpoint): a host that keeps the
            // checkpoint in memory resumes by comparing the records themselves.
            checkpoint = new EvaluationCheckpoint(
                incident.Id, at, Fingerprints.EngineVersion, PolicyFingerprint, null, Fingerprints.CountBefore(incident, at),
                timeline.CheckpointImpact, default, state, incident);
        }

        return new CheckpointedEvaluation(evaluation, checkpoint, outcome);
    }

    private void Check(IncidentRecord incident, Instant at)
    {
        IncidentValidator.ThrowIfInvalid(incident, Policy);
        if (at < incident.DetectedAt)
        {
            throw new ArgumentOutOfRangeException(
                nameof(at), at, $"The evaluation instant {at} is before incident '{incident.Id}' was detected ({incident.DetectedAt}).");
        }
    }

    /// <summary>
    /// Whether <paramref name="incident"/>'s fields and events before the checkpoint's instant are those the checkpoint was
    /// taken from: equal to the record it was taken from in this process (no fingerprint to compute), or else with its
    /// fingerprint. An unequal source record only means "not known to be the same": the fingerprint decides.
    /// </summary>
    private static bool SameRecordBefore(EvaluationCheckpoint checkpoint, IncidentRecord incident)
    {
        if (checkpoint.Source is { } source && Fingerprints.SameBefore(source, incident, checkpoint.At))
        {
            return true;
        }

        return string.Equals(checkpoint.RecordFingerprint, Fingerprints.Record(incident, checkpoint.At, out var count), StringComparison.Ordinal)
            && count == checkpoint.EventCount;
    }

    /// <summary>Whether <paramref name="checkpoint"/> can be resumed for this record at <paramref name="at"/>, and its facts for this policy if so.</summary>
    private ResumeOutcome Usable(EvaluationCheckpoint checkpoint, IncidentRecord incident, Instant at, out IReadOnlyList<object>? facts)
    {
        facts = null;
        if (!string.Equals(checkpoint.EngineVersion, Fingerprints.EngineVersion, StringComparison.Ordinal))
        {
            return ResumeOutcome.EngineVersionChanged;
        }

        if (!string.Equals(checkpoint.PolicyFingerprint, PolicyFingerprint, StringComparison.Ordinal))
        {
            return ResumeOutcome.PolicyChanged;
        }

        if (at < checkpoint.At)
        {
            return ResumeOutcome.InstantBeforeCheckpoint;
        }

        if (!string.Equals(checkpoint.IncidentId, incident.Id, StringComparison.Ordinal)
            || checkpoint.At < incident.DetectedAt
            || !SameRecordBefore(checkpoint, incident))
        {
            return ResumeOutcome.RecordChanged;
        }

        if (checkpoint.LiveFacts is { } live)
        {
            facts = live;
            return ResumeOutcome.Resumed;
        }

        var decoded = new List<object>(checkpoint.Facts.Length);
        foreach (var fact in checkpoint.Facts)
        {
            if (CheckpointFactCodec.Decode(fact, this, incident, checkpoint.Impact) is not { } restored)
            {
                return ResumeOutcome.CheckpointNotUsable;
            }

            decoded.Add(restored);
        }

        if (!CheckpointFactCodec.IsComplete(decoded))
        {
            return ResumeOutcome.CheckpointNotUsable;
        }

        facts = decoded;
        return ResumeOutcome.Resumed;
    }

    private (PolicyEvaluation Evaluation, IncidentTimeline Timeline) Run(
        IncidentRecord incident, Instant at, (EvaluationCheckpoint, IReadOnlyList<object>)? resume, bool takeCheckpoint, out List<object>? state)
    {
        var session = _idleSessions.TryTake(out var idle) ? idle : _sessions.CreateSession();
        var timeline = new IncidentTimeline(session, incident, at);
        var evaluation = timeline.Evaluate(resume, takeCheckpoint);
        state = timeline.CheckpointState;

        // Reuse the session: emptied in one batch it is as good as new, and cheaper than a new one (an
        // NRules session allocates its working memory, agenda and node memories). A session left by an
        // exception is dropped, never reused.
        var facts = t_facts ??= new List<object>(64);
        foreach (var fact in session.Query<object>())
        {
            facts.Add(fact);
        }

        session.RetractAll(facts);
        facts.Clear();
        _idleSessions.Add(session);
        return (evaluation, timeline);
    }
}
