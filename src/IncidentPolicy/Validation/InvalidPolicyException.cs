using System.Collections.Generic;

namespace IncidentPolicy.Validation;

/// <summary>A policy was refused; no policy or engine was built from it.</summary>
public sealed class InvalidPolicyException : InvalidInputException
{
    /// <summary>Creates the exception.</summary>
    /// <param name="problems">Every problem found, each with its JSON path in the policy document.</param>
    public InvalidPolicyException(IEnumerable<ValidationProblem> problems)
        : base("The policy", problems)
    {
    }
}
