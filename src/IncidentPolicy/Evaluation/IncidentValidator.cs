using System;
using System.Collections.Generic;
using System.Linq;
using IncidentPolicy.Model;
using IncidentPolicy.Model.Events;
using IncidentPolicy.Policy;
using IncidentPolicy.Text;
using IncidentPolicy.Validation;
using NodaTime;

namespace IncidentPolicy.Evaluation;

/// <summary>
/// Checks a whole record, also events after the evaluation instant, before anything is evaluated:
/// every problem is collected with its JSON path.
/// </summary>
internal static class IncidentValidator
{
    public static void ThrowIfInvalid(IncidentRecord incident, ResponsePolicy policy)
    {
        if (IsPlainlyValid(incident, policy))
        {
            return;
        }

        var problems = Check(incident, policy).ToList();
        if (problems.Count > 0)
        {
            throw new InvalidIncidentException(incident.Id, problems);
        }
    }

    /// <summary>
    /// The same rules as <see cref="Check"/> without building a path or a message: almost every record is
    /// valid, and the evaluation should not pay for describing problems it does not have. Only when this
    /// says no does <see cref="Check"/> run to list the problems.
    /// </summary>
    private static bool IsPlainlyValid(IncidentRecord incident, ResponsePolicy policy)
    {
        if (string.IsNullOrWhiteSpace(incident.Id) || (incident.Impact is { } impact && !IsValid(impact.UsersAffected, impact.Scope)))
        {
            return false;
        }

        if (incident.Events.IsDefault)
        {
            return true;
        }

        var resolved = 0;
        foreach (var e in incident.Events)
        {
            if (e is null || e.At < incident.DetectedAt)
            {
                return false;
            }

            var valid = e switch
            {
                SeverityAssigned assigned => !string.IsNullOrWhiteSpace(assigned.Severity) && policy.TryGetLevel(assigned.Severity, out _),
                RoleAssigned assigned => Enum.IsDefined(assigned.Role) && !string.IsNullOrWhiteSpace(assigned.Person),
                ImpactReassessed reassessed => reassessed.Impact is { } update && IsValid(update.UsersAffected, update.Scope),
                Resolved => ++resolved == 1,
                _ => true,
            };
            if (!valid)
            {
                return false;
            }
        }

        return true;
    }

    private static bool IsValid(UsersAffected? users, ImpactScope? scope) =>
        (users is not { } u || Enum.IsDefined(u)) && (scope is not { } s || Enum.IsDefined(s));

    public static IEnumerable<ValidationProblem> Check(IncidentRecord incident, ResponsePolicy policy)
    {
        if (string.IsNullOrWhiteSpace(incident.Id))
        {
            yield return new("$.id", "missing: an incident needs a non-empty id (it prefixes notification keys)");
        }

        foreach (var problem in CheckImpact("$.impact", incident.Impact))
        {
            yield return problem;
        }

        if (incident.Events.IsDefault)
        {
            yield break;
        }

        int? resolvedAt = null;
        foreach (var (e, index) in incident.Events.Select((e, i) => (e, i)).OrderBy(x => x.e?.At ?? Instant.MinValue))
        {
            var path = $"$.events[{index}]";
            if (e is null)
            {
                yield return new(path, "missing: expected an event object");
                continue;
            }

            if (e.At < incident.DetectedAt)
            {
                yield return new($"{path}.at", $"{e.Type} at {e.At} is before detectedAt {incident.DetectedAt}; events cannot precede detection");
            }

            foreach (var problem in CheckEvent(path, e, policy))
            {
                yield return problem;
            }

            if (e is Resolved)
            {
                if (resolvedAt is { } first)
                {
                    yield return new(path, $"a second resolved event; the incident was already resolved by $.events[{first}] at {incident.Events[first].At}");
                }
                else
                {
                    resolvedAt = index;
                }
            }
        }
    }

    private static IEnumerable<ValidationProblem> CheckEvent(string path, IncidentEvent e, ResponsePolicy policy)
    {
        switch (e)
        {
            case SeverityAssigned assigned when string.IsNullOrWhiteSpace(assigned.Severity):
                yield return new($"{path}.severity", "missing: expected the name of a severity level");
                break;
            case SeverityAssigned assigned when !policy.TryGetLevel(assigned.Severity, out _):
                yield return new(
                    $"{path}.severity",
                    $"unknown severity {Quote.Json(assigned.Severity)}; the policy's levels are {string.Join(", ", policy.Levels.Select(l => l.Level.Name))}");
                break;
            case RoleAssigned assigned:
                if (!Enum.IsDefined(assigned.Role))
                {
                    yield return new($"{path}.role", $"unknown role {(int)assigned.Role}; expected incidentCommander, technicalLead, communicationsLead or scribe");
                }

                if (string.IsNullOrWhiteSpace(assigned.Person))
                {
                    yield return new($"{path}.person", "missing: expected who holds the role");
                }

                break;
            case ImpactReassessed { Impact: null }:
                yield return new($"{path}.impact", "missing: expected the reassessed impact");
                break;
            case ImpactReassessed reassessed:
                foreach (var problem in CheckImpact($"{path}.impact", reassessed.Impact))
                {
                    yield return problem;
                }

                break;
        }
    }

    private static IEnumerable<ValidationProblem> CheckImpact(string path, ImpactAssessment? impact)
    {
        if (impact is null)
        {
            yield break;
        }

        foreach (var problem in CheckImpact(path, new ImpactUpdate(impact.UsersAffected, impact.Scope)))
        {
            yield return problem;
        }
    }

    private static IEnumerable<ValidationProblem> CheckImpact(string path, ImpactUpdate impact)
    {
        if (impact.UsersAffected is { } users && !Enum.IsDefined(users))
        {
            yield return new($"{path}.usersAffected", $"unknown value {(int)users}; expected all, most, subset, internal or unknown");
        }

        if (impact.Scope is { } scope && !Enum.IsDefined(scope))
        {
            yield return new($"{path}.scope", $"unknown value {(int)scope}; expected outage, coreSeverelyImpaired, coreDegraded, nonCore, cosmetic or unknown");
        }
    }
}
