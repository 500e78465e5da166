using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using IncidentPolicy.Validation;

namespace IncidentPolicy.Advice;

/// <summary>The checks of <see cref="AdvisorTables"/>: every problem, each at its place under <c>$.advisor</c>.</summary>
internal static class AdvisorTablesCheck
{
    public const string Section = "advisor";

    /// <summary>Where the advisor's tables are in a policy document: <c>$.advisor</c>.</summary>
    public static ProblemLocation SectionLocation { get; } = ProblemLocation.Root.Key(Section);

    public static ProblemLocation Table(string table) => SectionLocation.Key(table);

    public static IEnumerable<ValidationProblem> Problems(AdvisorTables tables)
    {
        var problems = new List<ValidationProblem>();
        var steps = Table("steps");
        var seenSteps = new HashSet<string>(System.StringComparer.Ordinal);
        for (var i = 0; i < tables.Steps.Length; i++)
        {
            var step = tables.Steps[i];
            var at = steps.Index(i);
            if (!AdvisorSignals.Steps.Contains(step.Key))
            {
                problems.Add(new(at.Key("step"), ProblemMessages.UnknownName("step", step.Key ?? string.Empty, AdvisorSignals.Steps)));
            }
            else if (!seenSteps.Add(step.Key))
            {
                problems.Add(new(at.Key("step"), $"step \"{step.Key}\" is listed twice"));
            }

            Text(problems, at.Key("title"), step.Title);
            Texts(problems, at.Key("lookFor"), step.LookFor);
        }

        var mitigations = Table("mitigations");
        var seenMitigations = new HashSet<string>(System.StringComparer.Ordinal);
        for (var i = 0; i < tables.Mitigations.Length; i++)
        {
            var mitigation = tables.Mitigations[i];
            var at = mitigations.Index(i);
            Key(problems, at, mitigation.Key, seenMitigations, "mitigation");
            Text(problems, at.Key("title"), mitigation.Title);
            Text(problems, at.Key("whenToUse"), mitigation.WhenToUse);
            Text(problems, at.Key("how"), mitigation.How);
            Text(problems, at.Key("risk"), mitigation.Risk);
            Signals(problems, at.Key("offeredWith"), mitigation.OfferedWith);
        }

        var mitigationKeys = tables.Mitigations.Select(m => m.Key).Where(k => !string.IsNullOrWhiteSpace(k)).Distinct(System.StringComparer.Ordinal).ToList();
        var hypotheses = Table("hypotheses");
        var seenHypotheses = new HashSet<string>(System.StringComparer.Ordinal);
        for (var i = 0; i < tables.Hypotheses.Length; i++)
        {
            var hypothesis = tables.Hypotheses[i];
            var at = hypotheses.Index(i);
            Key(problems, at, hypothesis.Key, seenHypotheses, "hypothesis");
            Text(problems, at.Key("title"), hypothesis.Title);
            if (hypothesis.Signals.IsEmpty)
            {
                problems.Add(new(at.Key("signals"), ProblemMessages.Missing("at least one signal")));
            }

            Signals(problems, at.Key("signals"), hypothesis.Signals);
            Text(problems, at.Key("howToTest"), hypothesis.HowToTest);
            var named = hypothesis.Mitigations;
            for (var j = 0; j < named.Length; j++)
            {
                if (tables.Mitigation(named[j]) is null)
                {
                    problems.Add(new(at.Key("mitigations").Index(j), ProblemMessages.UnknownName("mitigation", named[j] ?? string.Empty, mitigationKeys)));
                }
            }

            if (hypothesis.Reminder is { } reminder)
            {
                Text(problems, at.Key("reminder"), reminder);
            }
        }

        return problems;
    }

    private static void Key(List<ValidationProblem> problems, ProblemLocation at, string key, HashSet<string> seen, string noun)
    {
        if (string.IsNullOrWhiteSpace(key))
        {
            problems.Add(new(at.Key("key"), ProblemMessages.Missing($"the {noun}'s key")));
        }
        else if (!seen.Add(key))
        {
            problems.Add(new(at.Key("key"), $"{noun} \"{key}\" is listed twice"));
        }
    }

    private static void Text(List<ValidationProblem> problems, ProblemLocation at, string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            problems.Add(new(at, ProblemMessages.Missing("a text")));
        }
    }

    private static void Texts(List<ValidationProblem> problems, ProblemLocation at, ImmutableArray<string> texts)
    {
        if (texts.IsEmpty)
        {
            problems.Add(new(at, ProblemMessages.Missing("at least one entry")));
        }

        for (var i = 0; i < texts.Length; i++)
        {
            Text(problems, at.Index(i), texts[i]);
        }
    }

    private static void Signals(List<ValidationProblem> problems, ProblemLocation at, ImmutableArray<string> signals)
    {
        for (var i = 0; i < signals.Length; i++)
        {
            if (!AdvisorSignals.Signals.Contains(signals[i]))
            {
                problems.Add(new(at.Index(i), ProblemMessages.UnknownName("signal", signals[i] ?? string.Empty, AdvisorSignals.Signals)));
            }
        }
    }
}
