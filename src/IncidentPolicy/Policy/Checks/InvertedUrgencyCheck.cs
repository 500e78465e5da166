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
/// most severe of them on a tie). Fixed durations are compared as they are. "Next business day" is
/// longer than any duration under 24 hours and is not compared with longer durations: depending on the
/// hour and the day of the week it can fall on either side of them.
/// </summary>
internal sealed class InvertedUrgencyCheck : IPolicyCheck
{
    private static readonly Duration Day = Duration.FromHours(24);

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
                .Where(l => IsLonger(level.ResponseTime, l.ResponseTime))
                .MinBy(l => l.ResponseTime.Duration);
            if (fasterResponse is not null)
            {
                yield return new PolicyCheckFinding(
                    ProblemLocation.Level(name).Field(InputField.ResponseTime),
                    Descriptor.FormatMessage(name, "responseTime", level.ResponseTime, fasterResponse.ResponseTime, fasterResponse.Level.Name, "the slower response"));
            }

            var fasterCadence = lessSevere
                .Where(l => l.UpdateCadence < level.UpdateCadence)
                .MinBy(l => l.UpdateCadence);
            if (fasterCadence is not null)
            {
                yield return new PolicyCheckFinding(
                    ProblemLocation.Level(name).Field(InputField.UpdateCadence),
                    Descriptor.FormatMessage(
                        name, "updateCadence", DurationText.Format(level.UpdateCadence), DurationText.Format(fasterCadence.UpdateCadence),
                        fasterCadence.Level.Name, "fewer status updates"));
            }
        }
    }

    /// <summary>Whether <paramref name="time"/> is surely longer than <paramref name="other"/>.</summary>
    private static bool IsLonger(ResponseTime time, ResponseTime other) => (time.Duration, other.Duration) switch
    {
        ({ } duration, { } otherDuration) => duration > otherDuration,
        (null, { } otherDuration) => otherDuration < Day,
        _ => false, // both next business day, or a duration against next business day: never surely longer
    };
}
