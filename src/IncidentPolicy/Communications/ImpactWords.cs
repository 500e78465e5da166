using IncidentPolicy.Model;

namespace IncidentPolicy.Communications;

/// <summary>Words for an impact assessment: for responders (<c>All users: complete outage</c>) and for customers (<c>our service for all users</c>).</summary>
internal static class ImpactWords
{
    public static string? Internal(ImpactAssessment impact)
    {
        var users = impact.UsersAffected switch
        {
            UsersAffected.All => "All users",
            UsersAffected.Most => "Most users",
            UsersAffected.Subset => "A subset of users",
            UsersAffected.Internal => "Internal users",
            _ => null,
        };
        var scope = impact.Scope switch
        {
            ImpactScope.Outage => "complete outage",
            ImpactScope.CoreSeverelyImpaired => "core functionality severely impaired",
            ImpactScope.CoreDegraded => "core functionality degraded",
            ImpactScope.NonCore => "non-core feature affected",
            ImpactScope.Cosmetic => "cosmetic issue",
            _ => null,
        };
        var words = (users, scope) switch
        {
            (null, null) => null,
            (null, { } s) => char.ToUpperInvariant(s[0]) + s[1..],
            ({ } u, null) => u + " affected",
            ({ } u, { } s) => u + ": " + s,
        };
        if (words is not null && impact.DataCorruption)
        {
            words += "; data corruption";
        }

        if (words is not null && impact.SecurityBreach)
        {
            words += "; security breach";
        }

        return words;
    }

    public static string? Customer(ImpactAssessment impact, string? serviceName)
    {
        var service = serviceName ?? "our service";
        return impact.UsersAffected switch
        {
            UsersAffected.All => service + " for all users",
            UsersAffected.Most => service + " for most users",
            UsersAffected.Subset => service + " for some users",
            UsersAffected.Internal => service,
            _ => impact.Scope == ImpactScope.Unknown ? null : service,
        };
    }
}
