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
        : base(FormatMessage(Summarize(subject, problems, sourceName), problems))
    {
        Summary = Summarize(subject, problems, sourceName);
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

    /// <summary>
    /// What was refused and how many problems it has, without the problems:
    /// <c>policy.json: The policy has 3 problems</c> or <c>Incident record 'INC-1' is invalid</c>. The
    /// <see cref="Exception.Message"/> is this, a colon and the problems, one per line (LF line ends).
    /// </summary>
    public string Summary { get; }

    private static string Summarize(string subject, ImmutableArray<ValidationProblem> problems, string? sourceName) =>
        (sourceName is null ? subject : $"{sourceName}: {subject}")
        + (problems.Length == 1 ? " is invalid" : $" has {problems.Length} problems");

    // LF line ends, never the machine's: the message is written by the command line and must be the same bytes on every machine.
    private static string FormatMessage(string summary, ImmutableArray<ValidationProblem> problems) =>
        problems.Length == 1
            ? $"{summary}: {problems[0]}"
            : $"{summary}:\n" + string.Join("\n", problems.Select(p => "  " + p));
}
