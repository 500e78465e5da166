using System.Collections.Generic;
using System.Linq;
using IncidentPolicy.Rules;
using IncidentPolicy.Text;
using IncidentPolicy.Validation;
using NodaTime;

namespace IncidentPolicy.Policy.Checks;

/// <summary>
/// IRP9005: a level with a longer response time, or a longer update cadence, than a less severe level.
/// Each field of a level is reported once, naming the less severe level with the shortest value (the
/// most severe of them on a tie). Times compare as <see cref="PolicyDurationComparison"/> says: fixed
/// durations as they are, business days against each other by their number, n business days as longer
/// than any duration under the least they can last in the policy's calendar, and never a fixed duration as
/// surely longer than business days.
/// Cadence schedules are compared at every age at which either schedule's phase changes (from detection
/// on): the first age at which the more severe level's cadence is surely longer is reported, with that age.
/// </summary>
internal sealed class InvertedUrgencyCheck : IPolicyCheck
{
    /// <summary>The check's ID.</summary>
    public const string Id = "IRP9005";

    /// <summary>IRP9005: a more severe level has a longer response time or update cadence than a less severe one.</summary>
    public RuleDescriptor Descriptor { get; } = RuleDescriptor.BuiltIn(
        Id,
        "A more severe level is never slower",
        "{0} {1} is {2}, longer than the {3} of {4}, a less severe level: the more severe incident would get {5}", RuleCategories.Configuration, RuleSeverity.Warning);

    public IEnumerable<PolicyCheckFinding> Find(ResponsePolicy policy)
    {
        for (var i = 0; i < policy.Levels.Length; i++)
        {
            var level = policy.Levels[i];
            var lessSevere = policy.Levels.Skip(i + 1).ToList();
            var name = level.Level.Name;

            var fasterResponse = lessSevere
                .Where(l => PolicyDurationComparison.IsSurelyLonger(level.ResponseTime, l.ResponseTime, policy.Calendar))
                .MinBy(l => PolicyDurationComparison.SortKey(l.ResponseTime));
            if (fasterResponse is not null)
            {
                yield return new PolicyCheckFinding(
                    ProblemLocation.Level(name).Field(InputField.ResponseTime),
                    Descriptor.FormatMessage(name, "responseTime", level.ResponseTime, fasterResponse.ResponseTime, fasterResponse.Level.Name, "the slower response"));
            }

            var inversions = lessSevere
                .Select(l => (Level: l, Age: FirstInversion(level.UpdateCadence, l.UpdateCadence, policy.Calendar)))
                .Where(c => c.Age is not null)
                .ToList();
            if (inversions.Count > 0)
            {
                var (faster, inversionAge) = inversions.MinBy(c => (c.Age!.Value, PolicyDurationComparison.SortKey(c.Level.UpdateCadence.CadenceAt(c.Age.Value))));
                var age = inversionAge!.Value;
                var field = age == Duration.Zero ? "updateCadence" : $"updateCadence from {DurationText.Format(age)} of the incident's age";
                yield return new PolicyCheckFinding(
                    ProblemLocation.Level(name).Field(InputField.UpdateCadence),
                    Descriptor.FormatMessage(
                        name, field, level.UpdateCadence.CadenceAt(age).Amount, faster.UpdateCadence.CadenceAt(age).Amount,
                        faster.Level.Name, "fewer status updates"));
            }
        }
    }

    /// <summary>The first age (0, or where a phase of either schedule begins) at which <paramref name="cadence"/> is surely longer than <paramref name="other"/>.</summary>
    private static Duration? FirstInversion(CadenceSchedule cadence, CadenceSchedule other, BusinessCalendar calendar)
    {
        Duration? age = Duration.Zero;
        while (age is { } at)
        {
            if (PolicyDurationComparison.IsSurelyLonger(cadence.CadenceAt(at), other.CadenceAt(at), calendar))
            {
                return at;
            }

            age = (cadence.NextBoundaryAfter(at), other.NextBoundaryAfter(at)) switch
            {
                ({ } a, { } b) => a < b ? a : b,
                ({ } a, null) => a,
                (null, { } b) => b,
                _ => null,
            };
        }

        return null;
    }
}
