using IncidentPolicy.Model;

namespace IncidentPolicy.Reviews;

/// <summary>The answers of an impact assessment in a review's words.</summary>
internal static class ImpactWords
{
    public static string Of(UsersAffected users) => users switch
    {
        UsersAffected.All => "all users",
        UsersAffected.Most => "most users",
        UsersAffected.Subset => "a subset of users",
        UsersAffected.Internal => "internal users only",
        _ => "not known",
    };

    public static string Of(ImpactScope scope) => scope switch
    {
        ImpactScope.Outage => "complete outage",
        ImpactScope.CoreSeverelyImpaired => "core functionality severely impaired",
        ImpactScope.CoreDegraded => "core functionality degraded",
        ImpactScope.NonCore => "non-core functionality broken",
        ImpactScope.Cosmetic => "cosmetic, or with a workaround",
        _ => "not known",
    };

    public static string YesNo(bool value) => value ? "yes" : "no";
}
