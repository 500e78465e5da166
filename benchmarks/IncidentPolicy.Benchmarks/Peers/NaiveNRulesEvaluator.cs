using System.Collections.Generic;
using IncidentPolicy.Model;
using IncidentPolicy.Policy;
using NodaTime;
using NRules;
using NRules.Fluent;
using NRules.Fluent.Dsl;

namespace IncidentPolicy.Benchmarks.Peers;

/// <summary>
/// NRules used naively: one session for the whole batch, a <see cref="Clock"/> fact joined against every
/// incident, each incident one mutable fact updated in place, the moment stages as rule priorities.
/// </summary>
public sealed class NaiveNRulesEvaluator
{
    private readonly ISessionFactory _sessions;
    private readonly ResponsePolicy _policy;

    public NaiveNRulesEvaluator(ResponsePolicy policy)
    {
        _policy = policy;
        var repository = new RuleRepository();
        repository.Load(spec => spec.From(typeof(NaiveNRulesEvaluator).Assembly).Where(r => r.RuleType.Namespace == typeof(NaiveRules.AdvanceRule).Namespace));
        _sessions = repository.Compile();
    }

    public PeerResult[] EvaluateAll(IReadOnlyList<(IncidentRecord Record, Instant At)> batch, Instant now)
    {
        var session = _sessions.CreateSession();
        session.Insert(new Clock(now));
        var incidents = new PeerIncident[batch.Count];
        for (var i = 0; i < incidents.Length; i++)
        {
            incidents[i] = new PeerIncident(_policy, batch[i].Record, now);
        }

        session.InsertAll(incidents);
        session.Fire();
        var results = new PeerResult[incidents.Length];
        for (var i = 0; i < incidents.Length; i++)
        {
            results[i] = incidents[i].Result();
        }

        return results;
    }
}

/// <summary>The evaluation instant, one fact for the whole session.</summary>
public sealed record Clock(Instant Now);
