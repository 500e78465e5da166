using System.Collections.Generic;

namespace IncidentPolicy.Validation;

/// <summary>
/// An incident record was refused: an event before detection, a second <c>resolved</c>, an unknown
/// severity or role, a missing field. Nothing was evaluated.
/// </summary>
public sealed class InvalidIncidentException : InvalidInputException
{
    /// <summary>Creates the exception.</summary>
    /// <param name="incidentId">The record's id, for the message.</param>
    /// <param name="problems">Every problem found.</param>
    public InvalidIncidentException(string? incidentId, IEnumerable<ValidationProblem> problems)
        : base(string.IsNullOrEmpty(incidentId) ? "The incident record" : $"Incident record '{incidentId}'", problems)
    {
        IncidentId = incidentId;
    }

    /// <summary>The refused record's id, if it had one.</summary>
    public string? IncidentId { get; }
}
