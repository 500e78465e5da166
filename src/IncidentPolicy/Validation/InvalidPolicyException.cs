using System.Collections.Generic;

namespace IncidentPolicy.Validation;

/// <summary>A policy was refused; no policy or engine was built from it.</summary>
public sealed class InvalidPolicyException : InvalidInputException
{
    /// <summary>Creates the exception.</summary>
    /// <param name="problems">Every problem found, each with its JSON path in the policy document.</param>
    /// <param name="sourceName">Where the policy came from (file names, configuration sections), if known; it starts the message.</param>
    public InvalidPolicyException(IEnumerable<ValidationProblem> problems, string? sourceName = null)
        : base("The policy", problems, sourceName)
    {
    }
}
