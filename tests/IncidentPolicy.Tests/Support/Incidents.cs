using IncidentPolicy.Model;
using IncidentPolicy.Model.Events;

namespace IncidentPolicy.Tests.Support;

/// <summary>Short ways to write incident records in tests.</summary>
internal static class Incidents
{
    public static ImpactAssessment Impact(UsersAffected users, ImpactScope scope, bool securityBreach = false, bool dataCorruption = false) =>
        new(users, scope, securityBreach, dataCorruption);

    /// <summary>A P2 by the default matrix: a subset of users, non-core functionality.</summary>
    public static ImpactAssessment P2Impact { get; } = Impact(UsersAffected.Subset, ImpactScope.NonCore);

    /// <summary>A P1 by the default matrix: most users, core functionality severely impaired.</summary>
    public static ImpactAssessment P1Impact { get; } = Impact(UsersAffected.Most, ImpactScope.CoreSeverelyImpaired);

    /// <summary>A P0 by the default matrix: all users, outage.</summary>
    public static ImpactAssessment P0Impact { get; } = Impact(UsersAffected.All, ImpactScope.Outage);

    /// <summary>A P3 by the default matrix: internal users, cosmetic.</summary>
    public static ImpactAssessment P3Impact { get; } = Impact(UsersAffected.Internal, ImpactScope.Cosmetic);

    /// <summary>The impact the default matrix classifies as <paramref name="level"/> (P0 to P3).</summary>
    public static ImpactAssessment ImpactFor(string level) => level switch
    {
        "P0" => P0Impact,
        "P1" => P1Impact,
        "P2" => P2Impact,
        _ => P3Impact,
    };

    public static IncidentRecord Record(string detectedAt, ImpactAssessment? impact, params IncidentEvent[] events) =>
        new("INC-1", "Search degraded in EU", T.Of(detectedAt), impact, events);
}
