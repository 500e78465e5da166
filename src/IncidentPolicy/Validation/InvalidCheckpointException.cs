using System.Collections.Generic;

namespace IncidentPolicy.Validation;

/// <summary>An evaluation checkpoint could not be read: every problem found, each with where it is.</summary>
public sealed class InvalidCheckpointException : InvalidInputException
{
    /// <summary>Creates the exception.</summary>
    /// <param name="problems">What is wrong, and where.</param>
    /// <param name="sourceName">Where the checkpoint came from (a file name), if known.</param>
    public InvalidCheckpointException(IEnumerable<ValidationProblem> problems, string? sourceName = null)
        : base("The evaluation checkpoint", problems, sourceName)
    {
    }
}
