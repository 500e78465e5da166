using IncidentPolicy.Evaluation;
using IncidentPolicy.Model;
using IncidentPolicy.Policy;
using NodaTime;

namespace IncidentPolicy.Tests.Support;

internal static class Engines
{
    public static PolicyEngine Default => PolicyEngine.Default;

    public static PolicyEvaluation Evaluate(this IncidentRecord incident, string at) => Default.Evaluate(incident, T.Of(at));

    public static PolicyEvaluation Evaluate(this IncidentRecord incident, Instant at) => Default.Evaluate(incident, at);

    public static PolicyEngine With(RuleSeverityOverrides overrides)
    {
        var p = ResponsePolicy.Default;
        return new PolicyEngine(new ResponsePolicy(p.Levels, p.Classification, p.Calendar, p.RecipientChannels, overrides));
    }

    public static PolicyEngine With(BusinessCalendar calendar)
    {
        var p = ResponsePolicy.Default;
        return new PolicyEngine(new ResponsePolicy(p.Levels, p.Classification, calendar, p.RecipientChannels, p.RuleSeverities));
    }
}
