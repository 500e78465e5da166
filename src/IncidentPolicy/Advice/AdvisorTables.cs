using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using IncidentPolicy.Validation;

namespace IncidentPolicy.Advice;

/// <summary>
/// The investigation advisor's tables, as policy data: the steps of the investigation with what to look for,
/// the hypotheses with their signals and how to test them, and the mitigations with when to use them, how
/// and their risk. Immutable and always valid: the constructor refuses, with every problem listed, tables
/// that name an unknown signal, step or mitigation, repeat a key or leave a text empty.
/// </summary>
public sealed record AdvisorTables
{
    /// <summary>Creates the tables, checking them whole.</summary>
    /// <param name="steps">The investigation's steps, in the order they are advised.</param>
    /// <param name="hypotheses">The hypotheses, in the order that breaks ties of the ranking.</param>
    /// <param name="mitigations">The mitigations the hypotheses name.</param>
    /// <exception cref="InvalidPolicyException">A problem in the tables; every problem is listed with its place (<c>$.advisor.hypotheses[2].signals[0]</c>).</exception>
    public AdvisorTables(IEnumerable<InvestigationStepAdvice> steps, IEnumerable<HypothesisAdvice> hypotheses, IEnumerable<MitigationAdvice> mitigations)
    {
        System.ArgumentNullException.ThrowIfNull(steps);
        System.ArgumentNullException.ThrowIfNull(hypotheses);
        System.ArgumentNullException.ThrowIfNull(mitigations);
        Steps = [.. steps];
        Hypotheses = [.. hypotheses];
        Mitigations = [.. mitigations];
        var problems = AdvisorTablesCheck.Problems(this).ToList();
        if (problems.Count > 0)
        {
            throw new InvalidPolicyException(problems);
        }
    }

    /// <summary>The procedure's tables: five steps, seven hypotheses, ten mitigations.</summary>
    public static AdvisorTables Default { get; } = new(DefaultAdvisorTables.Steps, DefaultAdvisorTables.Hypotheses, DefaultAdvisorTables.Mitigations);

    /// <summary>The investigation's steps, in the order they are advised.</summary>
    public ImmutableArray<InvestigationStepAdvice> Steps { get; }

    /// <summary>The hypotheses; their order breaks ties of the ranking.</summary>
    public ImmutableArray<HypothesisAdvice> Hypotheses { get; }

    /// <summary>The mitigations.</summary>
    public ImmutableArray<MitigationAdvice> Mitigations { get; }

    /// <summary>A builder that starts from these tables.</summary>
    /// <returns>A new builder.</returns>
    public AdvisorTablesBuilder ToBuilder() => new(this);

    /// <summary>The mitigation with <paramref name="key"/>, if the table has it.</summary>
    /// <param name="key">A mitigation's key.</param>
    /// <returns>The mitigation, or <see langword="null"/>.</returns>
    public MitigationAdvice? Mitigation(string key) => Mitigations.FirstOrDefault(m => m.Key == key);

    /// <inheritdoc />
    public bool Equals(AdvisorTables? other) =>
        other is not null && Steps.SequenceEqual(other.Steps) && Hypotheses.SequenceEqual(other.Hypotheses) && Mitigations.SequenceEqual(other.Mitigations);

    /// <inheritdoc />
    public override int GetHashCode() => System.HashCode.Combine(Steps.Length, Hypotheses.Length, Mitigations.Length);
}
