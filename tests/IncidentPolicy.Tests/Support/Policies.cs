using System;
using System.Linq;
using IncidentPolicy.Model;
using IncidentPolicy.Policy;

namespace IncidentPolicy.Tests.Support;

/// <summary>
/// Policies that differ from another in one respect, rebuilt through <see cref="ResponsePolicy"/>'s
/// constructor from the other's parts (so they are checked as any policy is), e.g.
/// <c>ResponsePolicy.Default.WithLevel("P2", l => l with { Notify = [] })</c>.
/// </summary>
internal static class Policies
{
    public static ResponsePolicy WithLevel(this ResponsePolicy policy, string name, Func<LevelSettings, LevelSettings> change)
    {
        _ = policy[name]; // throws for a level the policy does not have, so a typo cannot pass silently
        return Rebuild(policy, levels: policy.Levels.Select(l => l.Level.Name == name ? change(LevelSettings.Of(l)).Build() : l).ToArray());
    }

    public static ResponsePolicy WithAddedLevel(this ResponsePolicy policy, SeverityLevelPolicy level) =>
        Rebuild(policy, levels: [.. policy.Levels, level]);

    public static ResponsePolicy WithCell(this ResponsePolicy policy, ImpactScope scope, UsersAffected users, string level) =>
        policy.WithCells((scope, users, level));

    public static ResponsePolicy WithCells(this ResponsePolicy policy, params (ImpactScope Scope, UsersAffected Users, string Level)[] cells) =>
        Rebuild(policy, classification: new ClassificationMatrix(policy.Classification.Cells.Select(c =>
            cells.FirstOrDefault(n => n.Scope == c.Key.Scope && n.Users == c.Key.Users) is { Level: { } level }
                ? new(c.Key, level)
                : c)));

    /// <summary>Every cell naming <paramref name="from"/> names <paramref name="to"/> instead.</summary>
    public static ResponsePolicy WithCellsMoved(this ResponsePolicy policy, string from, string to) =>
        Rebuild(policy, classification: new ClassificationMatrix(policy.Classification.Cells.Select(c => c.Value == from ? new(c.Key, to) : c)));

    public static ResponsePolicy With(this ResponsePolicy policy, RuleSeverityOverrides overrides) => Rebuild(policy, overrides: overrides);

    public static ResponsePolicy WithRule(this ResponsePolicy policy, string id, RuleSeverity severity) =>
        Rebuild(policy, overrides: new RuleSeverityOverrides(
            policy.RuleSeverities.Rules.SetItem(id, severity), policy.RuleSeverities.Categories, policy.RuleSeverities.All));

    private static ResponsePolicy Rebuild(
        ResponsePolicy policy, SeverityLevelPolicy[]? levels = null, ClassificationMatrix? classification = null, RuleSeverityOverrides? overrides = null) =>
        new(levels ?? [.. policy.Levels], classification ?? policy.Classification, policy.Calendar, policy.RecipientChannels, overrides ?? policy.RuleSeverities);
}
