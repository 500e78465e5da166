using System;
using IncidentPolicy.Evaluation;
using IncidentPolicy.Model;

namespace IncidentPolicy.Documents;

/// <summary>
/// The incident a document is about, for rules that cross-check a document with its record (a review's
/// severity, its date against the review deadline): the record and its evaluation at the analysis instant.
/// </summary>
public sealed record DocumentIncident
{
    /// <summary>Creates the incident of a document.</summary>
    /// <param name="record">The incident record.</param>
    /// <param name="evaluation">The record's evaluation under the analysis policy, at the analysis instant.</param>
    public DocumentIncident(IncidentRecord record, PolicyEvaluation evaluation)
    {
        ArgumentNullException.ThrowIfNull(record);
        ArgumentNullException.ThrowIfNull(evaluation);
        Record = record;
        Evaluation = evaluation;
    }

    /// <summary>The incident record.</summary>
    public IncidentRecord Record { get; }

    /// <summary>The record's evaluation.</summary>
    public PolicyEvaluation Evaluation { get; }
}
