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
        : this(subject, problems, sourceName: null)
    {
    }

    /// <summary>Creates the exception for input read from a named source, such as a file.</summary>
    /// <param name="subject">What was refused, e.g. "incident record 'INC-1'".</param>
    /// <param name="problems">Every problem found; at least one.</param>
    /// <param name="sourceName">The file name or other label of the input, put in front of the message; <see langword="null"/> or empty for none.</param>
    protected InvalidInputException(string subject, IEnumerable<ValidationProblem> problems, string? sourceName)
        : this(subject, [.. problems ?? throw new ArgumentNullException(nameof(problems))], string.IsNullOrEmpty(sourceName) ? null : sourceName)
    {
    }

    private InvalidInputException(string subject, ImmutableArray<ValidationProblem> problems, string? sourceName)
        : base(FormatMessage(sourceName is null ? subject : $"{sourceName}: {subject}", problems))
    {
        Problems = problems;
        SourceName = sourceName;
    }

    /// <summary>Every problem found, in the order of the input.</summary>
    public ImmutableArray<ValidationProblem> Problems { get; }

    /// <summary>
    /// The file name or other label of the refused input, when the reader was given one; the message
    /// starts with it. <see langword="null"/> when none was given.
    /// </summary>
    public string? SourceName { get; }

    private static string FormatMessage(string subject, ImmutableArray<ValidationProblem> problems) =>
        problems.Length == 1
            ? $"{subject} is invalid: {problems[0]}"
            : $"{subject} has {problems.Length} problems:{Environment.NewLine}"
              + string.Join(Environment.NewLine, problems.Select(p => "  " + p));
}
