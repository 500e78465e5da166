using System;
using System.Collections.Generic;
using IncidentPolicy.Model;
using IncidentPolicy.Policy;
using NodaTime;
using RulesEngine.Models;

namespace IncidentPolicy.Benchmarks.Peers;

/// <summary>
/// Microsoft RulesEngine with the same logic: the decisions are workflow rules (lambda expressions over
/// the incident's state at the moment, parameter <c>m</c>); the host moves the clock and applies the
/// effect of each rule that succeeded, as a RulesEngine user would. RulesEngine has no working memory
/// or chaining, so a moment is one call for the decision and, after a rise, one for the reaction.
/// </summary>
public sealed class RulesEngineEvaluator
{
    private const string Decide = "Decide";
    private const string React = "React";

    private readonly RulesEngine.RulesEngine _engine;
    private readonly ResponsePolicy _policy;

    public RulesEngineEvaluator(ResponsePolicy policy)
    {
        _policy = policy;
        Workflow[] workflows =
        [
            new Workflow
            {
                WorkflowName = Decide,
                Rules =
                [
                    Rule("MeetResponse", "m.KindName == \"Acknowledged\" && m.ResponsePending"),
                    Rule("Resolve", "m.KindName == \"Resolved\""),
                    Rule("RestartCadence", "m.KindName == \"StatusUpdatePosted\" && m.HasUpdateTimer"),
                    Rule("AssignSeverity", "m.KindName == \"SeverityAssigned\" && m.TargetRank != m.LevelRank && !m.AssignmentRefused"),
                    Rule("Reassess", "m.KindName == \"ImpactReassessed\""),
                    Rule("ReassessmentRaises", "m.KindName == \"ImpactReassessed\" && m.TargetRank < m.LevelRank"),
                    Rule("Escalate", "m.KindName == \"EscalationDue\""),
                    Rule("ResponseMissed", "m.KindName == \"ResponseDue\""),
                    Rule("UpdateMissed", "m.KindName == \"UpdateDue\""),
                ],
            },
            new Workflow
            {
                WorkflowName = React,
                Rules =
                [
                    Rule("TightenResponse", "m.Rose && m.ResponsePending && m.RiseResponseDueMs < m.ResponseDueMs"),
                    Rule("TightenUpdate", "m.Rose && m.HasUpdateTimer && m.RiseUpdateDueMs < m.UpdateDueMs"),
                ],
            },
        ];
        _engine = new RulesEngine.RulesEngine(workflows, new ReSettings());
    }

    public PeerResult Evaluate(IncidentRecord record, Instant now)
    {
        var s = new PeerIncident(_policy, record, now);
        var parameter = new RuleParameter("m", s);
        while (s.Advance())
        {
            DecideMoment(s, parameter);
        }

        return s.Result();
    }

    /// <summary>
    /// One poll of an incident kept in memory (<paramref name="parameter"/> wraps <paramref name="s"/>): every
    /// happening since the last poll up to <paramref name="now"/> is decided; a poll that finds none still asks
    /// the rules once, because without a next evaluation instant only the rules can say that nothing is due.
    /// </summary>
    /// <returns>The number of RulesEngine calls.</returns>
    public int Poll(PeerIncident s, RuleParameter parameter, Instant now)
    {
        ArgumentNullException.ThrowIfNull(s);
        var calls = 0;
        while (s.Advance(now))
        {
            calls += DecideMoment(s, parameter);
        }

        if (calls == 0)
        {
            Run(Decide, parameter);
            calls = 1;
        }

        return calls;
    }

    private int DecideMoment(PeerIncident s, RuleParameter parameter)
    {
        var decided = Run(Decide, parameter);
        var changeLevel = false;
        foreach (var result in decided)
        {
            if (!result.IsSuccess)
            {
                continue;
            }

            switch (result.Rule.RuleName)
            {
                case "MeetResponse": s.MeetResponse(); break;
                case "Resolve": s.Resolve(); break;
                case "RestartCadence": s.RestartCadence(); break;
                case "AssignSeverity": changeLevel = true; break;
                case "Reassess": s.Reassess(); break;
                case "ReassessmentRaises": changeLevel = true; break;
                case "Escalate": changeLevel = true; break;
                case "ResponseMissed": s.MissResponse(); break;
                case "UpdateMissed": s.MissUpdate(); break;
            }
        }

        if (!changeLevel)
        {
            return 1;
        }

        s.ChangeLevel();
        foreach (var result in Run(React, parameter))
        {
            if (result.IsSuccess && result.Rule.RuleName == "TightenResponse")
            {
                s.TightenResponse();
            }
            else if (result.IsSuccess && result.Rule.RuleName == "TightenUpdate")
            {
                s.TightenUpdate();
            }
        }

        return 2;
    }

    private List<RuleResultTree> Run(string workflow, RuleParameter parameter) =>
        _engine.ExecuteAllRulesAsync(workflow, parameter).AsTask().GetAwaiter().GetResult();

    private static Rule Rule(string name, string expression) => new()
    {
        RuleName = name,
        RuleExpressionType = RuleExpressionType.LambdaExpression,
        Expression = expression,
    };
}
