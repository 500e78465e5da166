using IncidentPolicy.Model;
using IncidentPolicy.Policy;
using NodaTime;

namespace IncidentPolicy.Benchmarks.Peers;

/// <summary>The floor: the same logic as plain C#, no rules engine.</summary>
public static class HandWrittenEvaluator
{
    public static PeerResult Evaluate(ResponsePolicy policy, IncidentRecord record, Instant now)
    {
        var s = new PeerIncident(policy, record, now);
        while (s.Advance())
        {
            Decide(s);
        }

        return s.Result();
    }

    /// <summary>One poll of an incident kept in memory: decides every happening since the last poll up to <paramref name="now"/>.</summary>
    /// <returns>The number of happenings.</returns>
    public static int Poll(PeerIncident s, Instant now)
    {
        System.ArgumentNullException.ThrowIfNull(s);
        var happenings = 0;
        while (s.Advance(now))
        {
            Decide(s);
            happenings++;
        }

        return happenings;
    }

    private static void Decide(PeerIncident s)
    {
        switch (s.Kind)
        {
            case Happening.Acknowledged when s.ResponsePending:
                s.MeetResponse();
                break;
            case Happening.Resolved:
                s.Resolve();
                break;
            case Happening.StatusUpdatePosted when s.HasUpdateTimer:
                s.RestartCadence();
                break;
            case Happening.SeverityAssigned when s.TargetRank != s.LevelRank && !s.AssignmentRefused:
                s.ChangeLevel();
                break;
            case Happening.ImpactReassessed:
                var raises = s.TargetRank < s.LevelRank;
                s.Reassess();
                if (raises)
                {
                    s.ChangeLevel();
                }

                break;
            case Happening.EscalationDue:
                s.ChangeLevel();
                break;
            case Happening.ResponseDue:
                s.MissResponse();
                break;
            case Happening.UpdateDue:
                s.MissUpdate();
                break;
        }

        if (s.Rose)
        {
            if (s.ResponsePending && s.RiseResponseDue < s.ResponseDue)
            {
                s.TightenResponse();
            }

            if (s.HasUpdateTimer && s.RiseUpdateDue < s.UpdateDue)
            {
                s.TightenUpdate();
            }
        }
    }
}
