using System.Collections.Generic;
using System.Linq;
using IncidentPolicy.Model;
using IncidentPolicy.Model.Events;
using IncidentPolicy.Policy;
using NodaTime;

namespace IncidentPolicy.Checklist.Items;

/// <summary>
/// When the roles fall due, as IRP4002 has it: one response time after entering a level that requires roles
/// from one that does not (or at detection); a rise between two such levels moves the due instant earlier.
/// </summary>
internal static class RolesClock
{
    /// <summary>Whether the incident has been at a level that requires roles.</summary>
    public static bool EverRequired(ChecklistFrame frame) => frame.Levels.Any(l => l.Level.RequiresRoles);

    /// <summary>The roles' due instant, or <see langword="null"/> when no level the incident was at requires roles.</summary>
    public static Instant? DueBy(ChecklistFrame frame)
    {
        Instant? due = null;
        SeverityLevelPolicy? from = null;
        foreach (var (to, since) in frame.Levels)
        {
            if (to.RequiresRoles && (from is null || !from.RequiresRoles))
            {
                due = to.ResponseTime.DueAfter(since, frame.Policy.Calendar);
            }
            else if (from is not null && to.IsMoreSevereThan(from) && from.RequiresRoles && to.RequiresRoles)
            {
                var candidate = to.ResponseTime.DueAfter(since, frame.Policy.Calendar);
                if (due is null || candidate < due)
                {
                    due = candidate;
                }
            }

            from = to;
        }

        return due;
    }

    /// <summary>
    /// The first instant at which every role the level then in force requires is assigned, at a level that
    /// requires roles; and the roles still missing at the report's instant.
    /// </summary>
    public static (Instant? DoneAt, IReadOnlyList<IncidentRole> Missing) Assigned(ChecklistFrame frame)
    {
        var assignments = frame.Events.BeforeResolution.OfType<RoleAssigned>().ToList();
        var moments = assignments.Select(a => a.At).Concat(frame.Levels.Select(l => l.Since)).Where(t => t <= frame.At).Distinct().Order();
        foreach (var moment in moments)
        {
            var level = frame.LevelAt(moment);
            if (level.RequiresRoles && Missing(level, assignments, moment).Count == 0)
            {
                return (moment, []);
            }
        }

        return (null, Missing(frame.LevelAt(frame.At), assignments, frame.At));
    }

    private static List<IncidentRole> Missing(SeverityLevelPolicy level, List<RoleAssigned> assignments, Instant at) =>
        [.. level.RequiredRoles.Where(role => !assignments.Exists(a => a.Role == role && a.At <= at))];
}
