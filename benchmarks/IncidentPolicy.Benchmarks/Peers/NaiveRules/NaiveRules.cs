using IncidentPolicy.Benchmarks.Peers;
using NRules.Fluent.Dsl;

namespace IncidentPolicy.Benchmarks.Peers.NaiveRules;

// The naive peer's rules: each joins the clock with every incident in the session.

[Priority(0)]
public sealed class AdvanceRule : Rule
{
    public override void Define()
    {
        Clock clock = null!;
        PeerIncident i = null!;
        When().Match(() => clock).Match(() => i, x => x.Stage == Stage.Idle && x.Kind != Happening.Finished);
        Then().Do(ctx => i.Advance(clock.Now)).Do(ctx => ctx.Update(i));
    }
}

[Priority(10)]
public sealed class MeetResponseRule : Rule
{
    public override void Define()
    {
        Clock clock = null!;
        PeerIncident i = null!;
        When().Match(() => clock).Match(() => i, x => x.Stage == Stage.Decide && x.Kind == Happening.Acknowledged && x.ResponsePending && x.At <= clock.Now);
        Then().Do(ctx => i.MeetResponse()).Do(ctx => Decided(ctx, i));
    }

    internal static void Decided(NRules.RuleModel.IContext ctx, PeerIncident i)
    {
        i.Stage = Stage.React;
        ctx.Update(i);
    }
}

[Priority(10)]
public sealed class ResolveRule : Rule
{
    public override void Define()
    {
        Clock clock = null!;
        PeerIncident i = null!;
        When().Match(() => clock).Match(() => i, x => x.Stage == Stage.Decide && x.Kind == Happening.Resolved && x.At <= clock.Now);
        Then().Do(ctx => i.Resolve()).Do(ctx => MeetResponseRule.Decided(ctx, i));
    }
}

[Priority(10)]
public sealed class RestartCadenceRule : Rule
{
    public override void Define()
    {
        Clock clock = null!;
        PeerIncident i = null!;
        When().Match(() => clock).Match(() => i, x => x.Stage == Stage.Decide && x.Kind == Happening.StatusUpdatePosted && x.HasUpdateTimer && x.At <= clock.Now);
        Then().Do(ctx => i.RestartCadence()).Do(ctx => MeetResponseRule.Decided(ctx, i));
    }
}

[Priority(10)]
public sealed class AssignSeverityRule : Rule
{
    public override void Define()
    {
        Clock clock = null!;
        PeerIncident i = null!;
        When().Match(() => clock).Match(() => i, x => x.Stage == Stage.Decide && x.Kind == Happening.SeverityAssigned
            && x.TargetRank != x.LevelRank && !x.AssignmentRefused && x.At <= clock.Now);
        Then().Do(ctx => i.ChangeLevel()).Do(ctx => MeetResponseRule.Decided(ctx, i));
    }
}

[Priority(10)]
public sealed class ReassessRule : Rule
{
    public override void Define()
    {
        Clock clock = null!;
        PeerIncident i = null!;
        When().Match(() => clock).Match(() => i, x => x.Stage == Stage.Decide && x.Kind == Happening.ImpactReassessed && x.At <= clock.Now);
        Then().Do(ctx => Reassess(i)).Do(ctx => MeetResponseRule.Decided(ctx, i));
    }

    private static void Reassess(PeerIncident i)
    {
        var raises = i.TargetRank < i.LevelRank;
        i.Reassess();
        if (raises)
        {
            i.ChangeLevel();
        }
    }
}

[Priority(10)]
public sealed class EscalateRule : Rule
{
    public override void Define()
    {
        Clock clock = null!;
        PeerIncident i = null!;
        When().Match(() => clock).Match(() => i, x => x.Stage == Stage.Decide && x.Kind == Happening.EscalationDue && x.At <= clock.Now);
        Then().Do(ctx => i.ChangeLevel()).Do(ctx => MeetResponseRule.Decided(ctx, i));
    }
}

[Priority(10)]
public sealed class ResponseMissedRule : Rule
{
    public override void Define()
    {
        Clock clock = null!;
        PeerIncident i = null!;
        When().Match(() => clock).Match(() => i, x => x.Stage == Stage.Decide && x.Kind == Happening.ResponseDue && x.At <= clock.Now);
        Then().Do(ctx => i.MissResponse()).Do(ctx => MeetResponseRule.Decided(ctx, i));
    }
}

[Priority(10)]
public sealed class UpdateMissedRule : Rule
{
    public override void Define()
    {
        Clock clock = null!;
        PeerIncident i = null!;
        When().Match(() => clock).Match(() => i, x => x.Stage == Stage.Decide && x.Kind == Happening.UpdateDue && x.At <= clock.Now);
        Then().Do(ctx => i.MissUpdate()).Do(ctx => MeetResponseRule.Decided(ctx, i));
    }
}

/// <summary>A happening no decision rule takes (an acknowledgement after the response, a role, ...).</summary>
[Priority(5)]
public sealed class NothingToDecideRule : Rule
{
    public override void Define()
    {
        PeerIncident i = null!;
        When().Match(() => i, x => x.Stage == Stage.Decide);
        Then().Do(ctx => MeetResponseRule.Decided(ctx, i));
    }
}

[Priority(3)]
public sealed class TightenResponseRule : Rule
{
    public override void Define()
    {
        PeerIncident i = null!;
        When().Match(() => i, x => x.Stage == Stage.React && x.Rose && x.ResponsePending && x.RiseResponseDue < x.ResponseDue);
        Then().Do(ctx => i.TightenResponse()).Do(ctx => ctx.Update(i));
    }
}

[Priority(3)]
public sealed class TightenUpdateRule : Rule
{
    public override void Define()
    {
        PeerIncident i = null!;
        When().Match(() => i, x => x.Stage == Stage.React && x.Rose && x.HasUpdateTimer && x.RiseUpdateDue < x.UpdateDue);
        Then().Do(ctx => i.TightenUpdate()).Do(ctx => ctx.Update(i));
    }
}

[Priority(1)]
public sealed class EndMomentRule : Rule
{
    public override void Define()
    {
        PeerIncident i = null!;
        When().Match(() => i, x => x.Stage == Stage.React);
        Then().Do(ctx => End(ctx, i));
    }

    private static void End(NRules.RuleModel.IContext ctx, PeerIncident i)
    {
        i.Stage = Stage.Idle;
        ctx.Update(i);
    }
}
