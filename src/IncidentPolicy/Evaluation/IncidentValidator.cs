using System;
using System.Collections.Generic;
using System.Linq;
using IncidentPolicy.Model;
using IncidentPolicy.Model.Events;
using IncidentPolicy.Policy;
using IncidentPolicy.Text;
using IncidentPolicy.Validation;

namespace IncidentPolicy.Evaluation;

/// <summary>
/// Checks a whole record, also events after the evaluation instant, before anything is evaluated:
/// every problem is collected with its place in the record. One pass in the record's order; a location or a message is
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
            Add(ref problems, ProblemLocation.Root.Field(InputField.Id), ProblemMessages.MissingBecause("an incident needs a non-empty id (it prefixes notification keys)"));
        }

        CheckImpact(ref problems, ProblemLocation.Root.Field(InputField.Impact), incident.Impact?.UsersAffected, incident.Impact?.Scope);
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
                Add(ref problems, ProblemLocation.Event(index), ProblemMessages.Missing("an event"));
                continue;
            }

            if (e.At < incident.DetectedAt)
            {
                Add(ref problems, ProblemLocation.Event(index).Field(InputField.At), $"{e.Type} at {e.At} is before detectedAt {incident.DetectedAt}; events cannot precede detection");
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
                Add(ref problems, ProblemLocation.Event(index).Field(InputField.Severity), ProblemMessages.Missing("the name of a severity level"));
                break;
            case SeverityAssigned assigned when !policy.TryGetLevel(assigned.Severity, out _):
                Add(
                    ref problems,
                    ProblemLocation.Event(index).Field(InputField.Severity),
                    ProblemMessages.UnknownName("level", assigned.Severity, policy.Levels.Select(l => l.Level.Name)));
                break;
            case RoleAssigned assigned:
                if (!Enum.IsDefined(assigned.Role))
                {
                    Add(ref problems, ProblemLocation.Event(index).Field(InputField.Role), ProblemMessages.UndefinedValue(assigned.Role));
                }

                if (string.IsNullOrWhiteSpace(assigned.Person))
                {
                    Add(ref problems, ProblemLocation.Event(index).Field(InputField.Person), ProblemMessages.Missing("who holds the role"));
                }

                break;
            case ImpactReassessed { Impact: null }:
                Add(ref problems, ProblemLocation.Event(index).Field(InputField.Impact), ProblemMessages.Missing("the reassessed impact"));
                break;
            case ImpactReassessed reassessed:
                CheckImpact(ref problems, ProblemLocation.Event(index).Field(InputField.Impact), reassessed.Impact.UsersAffected, reassessed.Impact.Scope);
                break;
        }
    }

    private static void CheckImpact(ref List<ValidationProblem>? problems, ProblemLocation impact, UsersAffected? users, ImpactScope? scope)
    {
        if (users is { } u && !Enum.IsDefined(u))
        {
            Add(ref problems, impact.Field(InputField.UsersAffected), ProblemMessages.UndefinedValue(u));
        }

        if (scope is { } s && !Enum.IsDefined(s))
        {
            Add(ref problems, impact.Field(InputField.Scope), ProblemMessages.UndefinedValue(s));
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
            Add(ref problems, ProblemLocation.Event(later.Index), $"a second resolved event; the incident was already resolved by {ProblemLocation.Event(first.Index)} at {first.Event.At}");
        }
    }

    private static void Add(ref List<ValidationProblem>? problems, ProblemLocation location, string message) =>
        (problems ??= []).Add(new ValidationProblem(location, message));
}
