using System.Collections.Generic;
using IncidentPolicy.Validation;

namespace IncidentPolicy.Testing;

/// <summary>
/// A policy test file was refused: it is not JSON, has a field missing, misspelt or of the wrong kind, names a
/// policy or incident file that does not exist or is invalid, an inline policy or record that is invalid, a level,
/// rule, recipient or checklist item the policy does not have, or an instant before the incident's detection.
/// Every problem is listed at once, each at its JSON path in the test file; nothing was run.
/// </summary>
public sealed class InvalidPolicyTestException : InvalidInputException
{
    /// <summary>Creates the exception.</summary>
    /// <param name="problems">Every problem found, each with its JSON path in the test file.</param>
    /// <param name="sourceName">The test file's name or other label, put in front of the message; <see langword="null"/> for none.</param>
    public InvalidPolicyTestException(IEnumerable<ValidationProblem> problems, string? sourceName = null)
        : base("The policy test file", problems, sourceName)
    {
    }
}
