using System.Collections.Generic;
using System.Linq;
using IncidentPolicy.Policy;
using IncidentPolicy.Validation;

namespace IncidentPolicy.Checklist;

/// <summary>The checks of <see cref="ChecklistSettings"/> against a policy's levels, each problem at its place under <c>$.checklist</c>.</summary>
internal static class ChecklistSettingsCheck
{
    public const string Section = "checklist";

    public static ProblemLocation Setting(string name) => ProblemLocation.Root.Key(Section).Key(name);

    public static IEnumerable<ValidationProblem> Problems(ChecklistSettings settings, IReadOnlyCollection<string> levels)
    {
        if (!settings.TriageWithin.IsPositive)
        {
            yield return new(Setting("triageWithin"), ProblemMessages.NotPositive(settings.TriageWithin.Duration!.Value));
        }

        if (settings.RequiresChannel is { } named)
        {
            for (var i = 0; i < named.Length; i++)
            {
                if (!levels.Contains(named[i]))
                {
                    yield return new(Setting("requiresChannel").Index(i), ProblemMessages.UnknownName("level", named[i] ?? string.Empty, levels));
                }
            }
        }
    }

    /// <summary>Throws when <paramref name="settings"/> do not fit <paramref name="policy"/>.</summary>
    public static void ThrowIfInvalid(ChecklistSettings settings, ResponsePolicy policy)
    {
        var problems = Problems(settings, [.. policy.Levels.Select(l => l.Name)]).ToList();
        if (problems.Count > 0)
        {
            throw new InvalidPolicyException(problems);
        }
    }
}
