using System;
using System.Collections.Generic;
using System.Linq;
using IncidentPolicy.Validation;

namespace IncidentPolicy.Advice;

/// <summary>
/// Extends or replaces the advisor's tables: an entry with a key the table has replaces it in place, a new
/// key is added at the end, and a table can be emptied to be written anew. <see cref="Build"/> checks
/// everything at once.
/// </summary>
/// <example>
/// <code>
/// var tables = AdvisorTables.Default.ToBuilder()
///     .Hypothesis(new HypothesisAdvice("queueBacklog", "A queue is backed up", ["latencyIncrease"],
///         "Check the queue's depth and consumer lag.", ["horizontalScaling"]))
///     .RemoveMitigation("dnsRedirect").RemoveHypothesis("dnsOrCertificate")
///     .Build();
/// </code>
/// </example>
public sealed class AdvisorTablesBuilder
{
    private readonly List<InvestigationStepAdvice> _steps;
    private readonly List<HypothesisAdvice> _hypotheses;
    private readonly List<MitigationAdvice> _mitigations;

    internal AdvisorTablesBuilder(AdvisorTables tables)
    {
        _steps = [.. tables.Steps];
        _hypotheses = [.. tables.Hypotheses];
        _mitigations = [.. tables.Mitigations];
    }

    /// <summary>Adds a step, or replaces the step with its key.</summary>
    /// <param name="step">The step.</param>
    /// <returns>This builder.</returns>
    public AdvisorTablesBuilder Step(InvestigationStepAdvice step) => Put(_steps, step, s => s.Key, nameof(step));

    /// <summary>Removes the step with <paramref name="key"/>, if there is one.</summary>
    /// <param name="key">The step's key.</param>
    /// <returns>This builder.</returns>
    public AdvisorTablesBuilder RemoveStep(string key) => Remove(_steps, key, s => s.Key);

    /// <summary>Empties the steps, to list them anew.</summary>
    /// <returns>This builder.</returns>
    public AdvisorTablesBuilder ClearSteps() => Clear(_steps);

    /// <summary>Adds a hypothesis (last in the ranking's ties), or replaces the hypothesis with its key in place.</summary>
    /// <param name="hypothesis">The hypothesis.</param>
    /// <returns>This builder.</returns>
    public AdvisorTablesBuilder Hypothesis(HypothesisAdvice hypothesis) => Put(_hypotheses, hypothesis, h => h.Key, nameof(hypothesis));

    /// <summary>Removes the hypothesis with <paramref name="key"/>, if there is one.</summary>
    /// <param name="key">The hypothesis's key.</param>
    /// <returns>This builder.</returns>
    public AdvisorTablesBuilder RemoveHypothesis(string key) => Remove(_hypotheses, key, h => h.Key);

    /// <summary>Empties the hypotheses, to list them anew.</summary>
    /// <returns>This builder.</returns>
    public AdvisorTablesBuilder ClearHypotheses() => Clear(_hypotheses);

    /// <summary>Adds a mitigation, or replaces the mitigation with its key.</summary>
    /// <param name="mitigation">The mitigation.</param>
    /// <returns>This builder.</returns>
    public AdvisorTablesBuilder Mitigation(MitigationAdvice mitigation) => Put(_mitigations, mitigation, m => m.Key, nameof(mitigation));

    /// <summary>Removes the mitigation with <paramref name="key"/>, if there is one (a hypothesis that still names it is a problem <see cref="Build"/> reports).</summary>
    /// <param name="key">The mitigation's key.</param>
    /// <returns>This builder.</returns>
    public AdvisorTablesBuilder RemoveMitigation(string key) => Remove(_mitigations, key, m => m.Key);

    /// <summary>Empties the mitigations, to list them anew.</summary>
    /// <returns>This builder.</returns>
    public AdvisorTablesBuilder ClearMitigations() => Clear(_mitigations);

    /// <summary>Builds the tables, checking everything at once.</summary>
    /// <returns>The tables.</returns>
    /// <exception cref="InvalidPolicyException">Every problem, each with its place.</exception>
    public AdvisorTables Build() => new(_steps, _hypotheses, _mitigations);

    /// <summary>The tables, or <see langword="null"/> with their problems added to <paramref name="problems"/>.</summary>
    internal AdvisorTables? TryBuild(List<ValidationProblem> problems)
    {
        try
        {
            return Build();
        }
        catch (InvalidPolicyException e)
        {
            problems.AddRange(e.Problems);
            return null;
        }
    }

    private AdvisorTablesBuilder Put<T>(List<T> table, T entry, Func<T, string> key, string parameter)
    {
        ArgumentNullException.ThrowIfNull(entry, parameter);
        var index = table.FindIndex(e => string.Equals(key(e), key(entry), StringComparison.Ordinal));
        if (index >= 0)
        {
            table[index] = entry;
        }
        else
        {
            table.Add(entry);
        }

        return this;
    }

    private AdvisorTablesBuilder Remove<T>(List<T> table, string key, Func<T, string> keyOf)
    {
        table.RemoveAll(e => string.Equals(keyOf(e), key, StringComparison.Ordinal));
        return this;
    }

    private AdvisorTablesBuilder Clear<T>(List<T> table)
    {
        table.Clear();
        return this;
    }
}
