using System;
using System.Collections.Generic;
using System.Linq;
using IncidentPolicy.Model;
using IncidentPolicy.Model.Events;
using IncidentPolicy.Policy;
using IncidentPolicy.Serialization;
using IncidentPolicy.Text;
using IncidentPolicy.Validation;

namespace IncidentPolicy.Evaluation;

/// <summary>
/// Checks a whole record, also events after the evaluation instant, before anything is evaluated:
/// every problem is collected with its JSON path. One pass in the record's order; a path or a message is
/// only built for a problem, so a valid record (almost every one) costs no more than the checks themselves.
/// </summary>
internal static class IncidentValidator
{
    public static void ThrowIfInvalid(IncidentRecord incident, ResponsePolicy policy)
    {
        if (Check(incident, policy) is { } problems)
        {
            throw new InvalidIncidentException(incident.Id, problems);
        }
    }

    /// <summary>Every problem of the record, or <see langword="null"/> when it has none.</summary>
    public static List<ValidationProblem>? Check(IncidentRecord incident, ResponsePolicy policy)
    {
        List<ValidationProblem>? problems = null;
        if (string.IsNullOrWhiteSpace(incident.Id))
        {
            Add(ref problems, "$.id", "missing: an incident needs a non-empty id (it prefixes notification keys)");
        }

        CheckImpact(ref problems, "$.impact", incident.Impact?.UsersAffected, incident.Impact?.Scope);
        if (incident.Events.IsDefault)
        {
            return problems;
        }

        var resolutions = 0;
        for (var index = 0; index < incident.Events.Length; index++)
        {
            var e = incident.Events[index];
            if (e is null)
            {
                Add(ref problems, Path(index), "missing: expected an event object");
                continue;
            }

            if (e.At < incident.DetectedAt)
            {
                Add(ref problems, $"{Path(index)}.at", $"{e.Type} at {e.At} is before detectedAt {incident.DetectedAt}; events cannot precede detection");
            }

            CheckEvent(ref problems, index, e, policy);
            resolutions += e is Resolved ? 1 : 0;
        }

        if (resolutions > 1)
        {
            ReportSecondResolutions(ref problems, incident);
        }

        return problems;
    }

    private static void CheckEvent(ref List<ValidationProblem>? problems, int index, IncidentEvent e, ResponsePolicy policy)
    {
        switch (e)
        {
            case SeverityAssigned assigned when string.IsNullOrWhiteSpace(assigned.Severity):
                Add(ref problems, $"{Path(index)}.severity", "missing: expected the name of a severity level");
                break;
            case SeverityAssigned assigned when !policy.TryGetLevel(assigned.Severity, out _):
                Add(
                    ref problems,
                    $"{Path(index)}.severity",
                    $"unknown severity {Quote.Json(assigned.Severity)}; the policy's levels are {string.Join(", ", policy.Levels.Select(l => l.Level.Name))}");
                break;
            case RoleAssigned assigned:
                if (!Enum.IsDefined(assigned.Role))
                {
                    Add(ref problems, $"{Path(index)}.role", $"unknown role {(int)assigned.Role}; expected {WireNames.Role.Expected}");
                }

                if (string.IsNullOrWhiteSpace(assigned.Person))
                {
                    Add(ref problems, $"{Path(index)}.person", "missing: expected who holds the role");
                }

                break;
            case ImpactReassessed { Impact: null }:
                Add(ref problems, $"{Path(index)}.impact", "missing: expected the reassessed impact");
                break;
            case ImpactReassessed reassessed:
                CheckImpact(ref problems, $"{Path(index)}.impact", reassessed.Impact.UsersAffected, reassessed.Impact.Scope);
                break;
        }
    }

    private static void CheckImpact(ref List<ValidationProblem>? problems, string path, UsersAffected? users, ImpactScope? scope)
    {
        if (users is { } u && !Enum.IsDefined(u))
        {
            Add(ref problems, $"{path}.usersAffected", $"unknown value {(int)u}; expected {WireNames.UsersAffected.Expected}");
        }

        if (scope is { } s && !Enum.IsDefined(s))
        {
            Add(ref problems, $"{path}.scope", $"unknown value {(int)s}; expected {WireNames.Scope.Expected}");
        }
    }

    /// <summary>Events are taken in time order (stable): the first <c>resolved</c> in that order resolves; every later one is refused.</summary>
    private static void ReportSecondResolutions(ref List<ValidationProblem>? problems, IncidentRecord incident)
    {
        var resolutions = incident.Events
            .Select((e, index) => (Event: e, Index: index))
            .Where(x => x.Event is Resolved)
            .OrderBy(x => x.Event.At)
            .ToList();
        var first = resolutions[0];
        foreach (var later in resolutions.Skip(1))
        {
            Add(ref problems, Path(later.Index), $"a second resolved event; the incident was already resolved by {Path(first.Index)} at {first.Event.At}");
        }
    }

    private static string Path(int index) => $"$.events[{index}]";

    private static void Add(ref List<ValidationProblem>? problems, string path, string message) =>
        (problems ??= []).Add(new ValidationProblem(path, message));
}
