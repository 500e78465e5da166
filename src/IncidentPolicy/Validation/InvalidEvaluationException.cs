using System.Collections.Generic;

namespace IncidentPolicy.Validation;

/// <summary>
/// An evaluation result document was refused when read back: malformed JSON, a missing or mistyped
/// field, a severity level the policy does not have, a rule ID the engine does not know. Nothing was read.
/// </summary>
public sealed class InvalidEvaluationException : InvalidInputException
{
    /// <summary>Creates the exception.</summary>
    /// <param name="problems">Every problem found, each with its JSON path in the document.</param>
    /// <param name="sourceName">The file name or other label of the document, put in front of the message; <see langword="null"/> for none.</param>
    public InvalidEvaluationException(IEnumerable<ValidationProblem> problems, string? sourceName = null)
        : base("The evaluation result", problems, sourceName)
    {
    }
}
