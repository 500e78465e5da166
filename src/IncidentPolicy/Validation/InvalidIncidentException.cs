using System.Collections.Generic;

namespace IncidentPolicy.Validation;

/// <summary>
/// An incident record was refused: malformed JSON, a missing or mistyped field, a property the format does
/// not define, an unknown event type, an event before detection, a second <c>resolved</c>, an unknown
/// severity or role. Every problem is listed at once, in document order. Nothing was read or evaluated.
/// </summary>
public sealed class InvalidIncidentException : InvalidInputException
{
    /// <summary>Creates the exception.</summary>
    /// <param name="incidentId">The record's id, for the message.</param>
    /// <param name="problems">Every problem found.</param>
    public InvalidIncidentException(string? incidentId, IEnumerable<ValidationProblem> problems)
        : this(incidentId, problems, sourceName: null)
    {
    }

    /// <summary>Creates the exception for a record read from a named source, such as a file.</summary>
    /// <param name="incidentId">The record's id, for the message; <see langword="null"/> when it has none.</param>
    /// <param name="problems">Every problem found, each with its JSON path in the document.</param>
    /// <param name="sourceName">The file name or other label of the document, put in front of the message; <see langword="null"/> for none.</param>
    public InvalidIncidentException(string? incidentId, IEnumerable<ValidationProblem> problems, string? sourceName)
        : base(string.IsNullOrEmpty(incidentId) ? "The incident record" : $"Incident record '{incidentId}'", problems, sourceName)
    {
        IncidentId = incidentId;
    }

    /// <summary>The refused record's id, if it had one.</summary>
    public string? IncidentId { get; }
}
