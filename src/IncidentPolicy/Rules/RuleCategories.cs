namespace IncidentPolicy.Rules;

/// <summary>
/// The categories of the built-in rules and of the policy checks; configuration can set a category's severity.
/// Each category's rule IDs are in a range of its own, listed in Rules/RuleCategoryAndIdRanges.txt.
/// </summary>
public static class RuleCategories
{
    /// <summary>Severity classification.</summary>
    public const string Triage = nameof(Triage);

    /// <summary>Response deadlines.</summary>
    public const string Response = nameof(Response);

    /// <summary>Automatic escalation.</summary>
    public const string Escalation = nameof(Escalation);

    /// <summary>Who is notified.</summary>
    public const string Notification = nameof(Notification);

    /// <summary>Incident roles.</summary>
    public const string Roles = nameof(Roles);

    /// <summary>Status updates and the incident channel.</summary>
    public const string Communication = nameof(Communication);

    /// <summary>Resolution and verification.</summary>
    public const string Resolution = nameof(Resolution);

    /// <summary>Post-incident review.</summary>
    public const string Review = nameof(Review);

    /// <summary>
    /// Static checks of the policy itself: settings that are valid but questionable, reported by
    /// <see cref="Policy.Checks.PolicyAnalyzer.Analyze"/> rather than by evaluating an incident.
    /// </summary>
    public const string Configuration = nameof(Configuration);

    /// <summary>Runbooks as Markdown documents: their structure, commands, verification and date stamp (docs/documents.md).</summary>
    public const string Runbooks = nameof(Runbooks);

    /// <summary>Post-incident reviews as Markdown documents (docs/documents.md).</summary>
    public const string Reviews = nameof(Reviews);
}
