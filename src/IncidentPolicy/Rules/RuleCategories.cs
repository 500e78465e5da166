namespace IncidentPolicy.Rules;

/// <summary>
/// The categories of the built-in rules and of the policy checks; configuration can set a category's severity.
/// </summary>
public static class RuleCategories
{
    /// <summary>Severity classification (IRP1xxx).</summary>
    public const string Triage = nameof(Triage);

    /// <summary>Response deadlines (IRP2xxx).</summary>
    public const string Response = nameof(Response);

    /// <summary>Automatic escalation (IRP3xxx).</summary>
    public const string Escalation = nameof(Escalation);

    /// <summary>Who is notified (IRP40xx).</summary>
    public const string Notification = nameof(Notification);

    /// <summary>Incident roles (IRP4002, IRP4003).</summary>
    public const string Roles = nameof(Roles);

    /// <summary>Status updates and the incident channel (IRP5xxx).</summary>
    public const string Communication = nameof(Communication);

    /// <summary>Resolution and verification (IRP6xxx).</summary>
    public const string Resolution = nameof(Resolution);

    /// <summary>Post-incident review (IRP7xxx).</summary>
    public const string Review = nameof(Review);

    /// <summary>
    /// Static checks of the policy itself (IRP9xxx): settings that are valid but questionable, reported by
    /// <see cref="Policy.Checks.PolicyAnalyzer.Analyze"/> rather than by evaluating an incident.
    /// </summary>
    public const string Configuration = nameof(Configuration);
}
