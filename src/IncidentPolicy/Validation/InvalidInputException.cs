using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;

namespace IncidentPolicy.Validation;

/// <summary>Input was refused; <see cref="Problems"/> lists every problem found, not only the first.</summary>
public abstract class InvalidInputException : ArgumentException
{
    /// <summary>Creates the exception.</summary>
    /// <param name="subject">What was refused, e.g. "incident record 'INC-1'".</param>
    /// <param name="problems">Every problem found; at least one.</param>
    protected InvalidInputException(string subject, IEnumerable<ValidationProblem> problems)
        : this(subject, [.. problems ?? throw new ArgumentNullException(nameof(problems))])
    {
    }

    private InvalidInputException(string subject, ImmutableArray<ValidationProblem> problems)
        : base(FormatMessage(subject, problems))
    {
        Problems = problems;
    }

    /// <summary>Every problem found, in the order of the input.</summary>
    public ImmutableArray<ValidationProblem> Problems { get; }

    private static string FormatMessage(string subject, ImmutableArray<ValidationProblem> problems) =>
        problems.Length == 1
            ? $"{subject} is invalid: {problems[0]}"
            : $"{subject} has {problems.Length} problems:{Environment.NewLine}"
              + string.Join(Environment.NewLine, problems.Select(p => "  " + p));
}
