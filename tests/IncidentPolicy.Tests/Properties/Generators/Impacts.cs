using System.Collections.Generic;
using System.Linq;
using FsCheck;
using FsCheck.Fluent;
using IncidentPolicy.Model;

namespace IncidentPolicy.Tests.Properties.Generators;

/// <summary>Impact assessments: the answers of triage, with <c>unknown</c> answers and the two flags.</summary>
internal static class Impacts
{
    /// <summary>Who is affected, from the most to the least impact: the matrix's columns.</summary>
    public static IReadOnlyList<UsersAffected> UsersByImpact { get; } = [UsersAffected.All, UsersAffected.Most, UsersAffected.Subset, UsersAffected.Internal];

    /// <summary>What is broken, from the most to the least impact: the matrix's rows.</summary>
    public static IReadOnlyList<ImpactScope> ScopesByImpact { get; } =
        [ImpactScope.Outage, ImpactScope.CoreSeverelyImpaired, ImpactScope.CoreDegraded, ImpactScope.NonCore, ImpactScope.Cosmetic];

    public static Gen<UsersAffected> KnownUsers { get; } = Gen.Elements<UsersAffected>(UsersByImpact);

    public static Gen<ImpactScope> KnownScopes { get; } = Gen.Elements<ImpactScope>(ScopesByImpact);

    /// <summary>Any users answer; <c>unknown</c> about one time in six.</summary>
    public static Gen<UsersAffected> Users { get; } = Gen.Frequency((1, Gen.Constant(UsersAffected.Unknown)), (5, KnownUsers));

    /// <summary>Any scope answer; <c>unknown</c> about one time in six.</summary>
    public static Gen<ImpactScope> Scopes { get; } = Gen.Frequency((1, Gen.Constant(ImpactScope.Unknown)), (5, KnownScopes));

    /// <summary>A flag that is mostly off: security breaches and data corruption are rare.</summary>
    public static Gen<bool> RareFlag { get; } = Gen.Frequency((7, Gen.Constant(false)), (1, Gen.Constant(true)));

    /// <summary>Any assessment, as a record carries it at detection.</summary>
    public static Gen<ImpactAssessment> Assessments { get; } =
        from users in Users
        from scope in Scopes
        from breach in RareFlag
        from corruption in RareFlag
        select new ImpactAssessment(users, scope, breach, corruption);

    /// <summary>An assessment with both answers known.</summary>
    public static Gen<ImpactAssessment> KnownAssessments { get; } =
        from users in KnownUsers
        from scope in KnownScopes
        from breach in RareFlag
        from corruption in RareFlag
        select new ImpactAssessment(users, scope, breach, corruption);

    /// <summary>
    /// A reassessment: each answer left out (unchanged) half of the time. Built from three numbers so
    /// that an event draft can carry it (<see cref="IncidentRecords"/>).
    /// </summary>
    public static ImpactUpdate Update(int a, int b, int c) => new(
        (a % 10) switch { < 5 => null, 5 => UsersAffected.Unknown, var i => UsersByImpact[(i - 6) % UsersByImpact.Count] },
        (b % 12) switch { < 6 => null, 6 => ImpactScope.Unknown, var i => ScopesByImpact[(i - 7) % ScopesByImpact.Count] },
        (c % 12) switch { 0 => true, 1 or 2 => false, _ => null },
        ((c / 12) % 12) switch { 0 => true, 1 or 2 => false, _ => null });

    /// <summary>Simpler assessments: the flags off, then the answers known.</summary>
    public static IEnumerable<ImpactAssessment> Shrink(ImpactAssessment impact)
    {
        if (impact.SecurityBreach || impact.DataCorruption)
        {
            yield return impact with { SecurityBreach = false, DataCorruption = false };
        }

        if (impact.SecurityBreach && impact.DataCorruption)
        {
            yield return impact with { SecurityBreach = false };
            yield return impact with { DataCorruption = false };
        }
    }

    /// <summary>The users answers with at least the impact of <paramref name="users"/> (a known answer).</summary>
    public static IEnumerable<UsersAffected> AtLeast(UsersAffected users) => UsersByImpact.Take(UsersByImpact.ToList().IndexOf(users) + 1);

    /// <summary>The scope answers with at least the impact of <paramref name="scope"/> (a known answer).</summary>
    public static IEnumerable<ImpactScope> AtLeast(ImpactScope scope) => ScopesByImpact.Take(ScopesByImpact.ToList().IndexOf(scope) + 1);

    /// <summary>The wire text of an assessment, short: <c>subset/nonCore +breach</c>.</summary>
    public static string Describe(ImpactAssessment impact) =>
        $"{Identifiers(impact.UsersAffected)}/{Identifiers(impact.Scope)}{(impact.SecurityBreach ? " +securityBreach" : string.Empty)}{(impact.DataCorruption ? " +dataCorruption" : string.Empty)}";

    public static string Describe(ImpactUpdate update) => string.Join(
        " ",
        new[]
        {
            update.UsersAffected is { } u ? $"users={Identifiers(u)}" : null,
            update.Scope is { } s ? $"scope={Identifiers(s)}" : null,
            update.SecurityBreach is { } b ? $"securityBreach={(b ? "true" : "false")}" : null,
            update.DataCorruption is { } d ? $"dataCorruption={(d ? "true" : "false")}" : null,
        }.Where(p => p is not null)) is { Length: > 0 } text ? text : "(nothing)";

    private static string Identifiers<TEnum>(TEnum value)
        where TEnum : struct, System.Enum => IncidentPolicy.Text.Identifiers.Camel(value);
}
