namespace IncidentPolicy.Tests.Support;

/// <summary>The reference JSON examples of wire format v1, verbatim: the incident record of docs/wire-format.md, and a shortened evaluation result.</summary>
internal static class SpecDocuments
{
    /// <summary>"Incident record (input)": every event type once.</summary>
    public const string ExampleIncident = """
        {
          "id": "INC-2024-0315-1",
          "title": "Payments down",
          "detectedAt": "2024-03-15T14:00:00Z",
          "impact": {
            "usersAffected": "all",
            "scope": "outage",
            "securityBreach": false,
            "dataCorruption": false
          },
          "events": [
            { "type": "severityAssigned",   "at": "2024-03-15T14:02:00Z", "severity": "P1", "by": "alice", "reason": "checkout failing" },
            { "type": "acknowledged",       "at": "2024-03-15T14:03:00Z", "by": "bob" },
            { "type": "roleAssigned",       "at": "2024-03-15T14:05:00Z", "role": "incidentCommander", "person": "carol" },
            { "type": "statusUpdatePosted", "at": "2024-03-15T14:20:00Z" },
            { "type": "impactReassessed",   "at": "2024-03-15T14:22:00Z", "impact": { "usersAffected": "most", "scope": "coreSeverelyImpaired" } },
            { "type": "mitigationApplied",  "at": "2024-03-15T14:25:00Z", "action": "rollback" },
            { "type": "resolved",           "at": "2024-03-15T14:45:00Z" },
            { "type": "reviewCompleted",    "at": "2024-03-16T10:00:00Z" }
          ]
        }
        """;

    /// <summary>"Evaluation result (output)": the record evaluated.</summary>
    public const string ExampleEvaluationInput = """
        {"id": "INC-2024-0315-2", "title": "Search degraded in EU", "detectedAt":
        "2024-03-15T10:00:00Z", "impact": {"usersAffected": "subset", "scope": "nonCore"}}
        """;

    /// <summary>"Evaluation result (output)": the result at 17:00, <b>shortened</b> (2 of 6 notifications, 3 of 12 diagnostics, messages elided).</summary>
    public const string ExampleEvaluationOutput = """
        {
          "incidentId": "INC-2024-0315-2",
          "evaluatedAt": "2024-03-15T17:00:00Z",
          "severity": "P0",
          "peakSeverity": "P0",
          "status": "open",
          "channel": "#incident-2024-03-15-search-degraded-in-eu",
          "severityHistory": [
            { "severity": "P2", "since": "2024-03-15T10:00:00Z", "ruleId": "IRP1001", "reason": "subset of users, non-core functionality" },
            { "severity": "P1", "since": "2024-03-15T14:00:00Z", "ruleId": "IRP3001", "reason": "P2 unresolved for 4h" },
            { "severity": "P0", "since": "2024-03-15T16:00:00Z", "ruleId": "IRP3001", "reason": "P1 unresolved for 2h" }
          ],
          "deadlines": {
            "responseBy": "2024-03-15T12:00:00Z",
            "nextUpdateBy": "2024-03-15T17:15:00Z",
            "escalatesAt": null,
            "earliestResolveAt": null,
            "reviewBy": null
          },
          "notifications": [
            { "recipient": "onCallEngineer", "severity": "P2", "at": "2024-03-15T10:00:00Z", "ruleId": "IRP4001", "key": "INC-2024-0315-2/onCallEngineer" },
            { "recipient": "vpEngineering", "severity": "P0", "at": "2024-03-15T16:00:00Z", "ruleId": "IRP4001", "key": "INC-2024-0315-2/vpEngineering" }
          ],
          "diagnostics": [
            { "id": "IRP2001", "severity": "error", "at": "2024-03-15T12:00:00Z", "message": "..." },
            { "id": "IRP4002", "severity": "warning", "at": "2024-03-15T14:30:00Z", "message": "..." },
            { "id": "IRP5001", "severity": "warning", "at": "2024-03-15T17:00:00Z", "message": "..." }
          ],
          "nextEvaluationAt": "2024-03-15T17:15:00Z"
        }
        """;

    /// <summary>
    /// <see cref="ExampleEvaluationOutput"/> as the evaluation writes it since the communications additions: the phase after
    /// the status, and the next customer update (the P0 customer cadence, 30 minutes after the miss at 17:00) as the last
    /// deadline. Its IRP5003 diagnostics are among those the example leaves out.
    /// </summary>
    public static string ExampleEvaluationOutputWithCommunications { get; } = ExampleEvaluationOutput
        .ReplaceLineEndings("\n")
        .Replace("  \"status\": \"open\",\n", "  \"status\": \"open\",\n  \"phase\": \"investigating\",\n", System.StringComparison.Ordinal)
        .Replace("    \"reviewBy\": null\n", "    \"reviewBy\": null,\n    \"nextCustomerUpdateBy\": \"2024-03-15T17:30:00Z\"\n", System.StringComparison.Ordinal);
}
