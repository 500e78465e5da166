using IncidentPolicy.Policy;
using IncidentPolicy.Rules;
using IncidentPolicy.Rules.Facts;
using NRules.Fluent.Dsl;

namespace IncidentPolicy.Tests.Rules.Custom;

/// <summary>A sample custom rule, as a user would write one: an incident without a title gets a channel name that says nothing.</summary>
public sealed class TitleRequiredRule() : CustomPolicyRule(TitleRequired)
{
    public static readonly RuleDescriptor TitleRequired = new(
        "ACME1001", "Incidents have a title", "Incident {0} has no title: its channel name says nothing", "Triage", RuleSeverity.Warning, "https://wiki.example/ACME1001");

    public override void Define()
    {
        IncidentDetected detected = null!;

        When()
            .Match(() => detected, d => d.Incident.Title.Trim().Length == 0);

        Then()
            .Do(ctx => Report(ctx, detected.At, detected.Incident.Id));
    }
}

/// <summary>A custom rule that reacts to level changes: a P0 is reported to the security team's board as information.</summary>
public sealed class P0ReachedRule() : CustomPolicyRule(P0Reached)
{
    public static readonly RuleDescriptor P0Reached = new(
        "ACME2001", "P0 incidents are flagged", "{0} reached {1} ({2})", "Escalation", RuleSeverity.Info, "https://wiki.example/ACME2001");

    public override void Define()
    {
        SeverityChanged change = null!;

        When()
            .Match(() => change, c => c.To.Level.Rank == 0);

        Then()
            .Do(ctx => Report(ctx, change.At, "the incident", change.To.Level.Name, change.Reason));
    }
}

/// <summary>A custom rule that claims a built-in ID.</summary>
public sealed class ImpostorRule() : CustomPolicyRule(new RuleDescriptor("IRP8001", "Impostor", "x", "Triage", RuleSeverity.Info, "x"))
{
    public override void Define()
    {
        IncidentDetected detected = null!;
        When().Match(() => detected);
        Then().Do(ctx => Report(ctx, detected.At));
    }
}

/// <summary>A custom rule whose author forgot its descriptor.</summary>
public sealed class DescriptorlessRule() : CustomPolicyRule(null!)
{
    public override void Define()
    {
        IncidentDetected detected = null!;
        When().Match(() => detected);
        Then().Do(ctx => Report(ctx, detected.At));
    }
}

/// <summary>A custom rule that tells the classification at detection from the changes after it.</summary>
public sealed class LevelEnteredRule() : CustomPolicyRule(LevelEntered)
{
    public static readonly RuleDescriptor LevelEntered = new(
        "ACME3001", "Levels entered are logged", "{0}: {1}", "Escalation", RuleSeverity.Info, "https://wiki.example/ACME3001");

    public override void Define()
    {
        SeverityChanged change = null!;

        When()
            .Match(() => change);

        Then()
            .Do(ctx => Report(ctx, change.At, change.IsInitial ? "classified at detection" : "changed", change.To.Level.Name));
    }
}

/// <summary>A custom rule its assembly keeps to itself (<c>internal</c>), as an application's own rules often are.</summary>
internal sealed class InternalTitleRule() : CustomPolicyRule(Internal)
{
    private static readonly RuleDescriptor Internal = new("ACME1003", "Internal", "{0} untitled", "Triage", RuleSeverity.Info, "x");

    public override void Define()
    {
        IncidentDetected detected = null!;
        When().Match(() => detected, d => d.Incident.Title.Trim().Length == 0);
        Then().Do(ctx => Report(ctx, detected.At, detected.Incident.Id));
    }
}
