namespace IncidentPolicy.Model;

/// <summary>
/// A partial impact assessment carried by an <see cref="Events.ImpactReassessed"/> event: a
/// <see langword="null"/> field keeps its previous value.
/// </summary>
/// <param name="UsersAffected">Who is affected now, or <see langword="null"/> for unchanged.</param>
/// <param name="Scope">What is broken now, or <see langword="null"/> for unchanged.</param>
/// <param name="SecurityBreach">The security-breach flag now, or <see langword="null"/> for unchanged.</param>
/// <param name="DataCorruption">The data-corruption flag now, or <see langword="null"/> for unchanged.</param>
public sealed record ImpactUpdate(
    UsersAffected? UsersAffected = null,
    ImpactScope? Scope = null,
    bool? SecurityBreach = null,
    bool? DataCorruption = null)
{
    /// <summary>Who is affected and how now, in the responders' words, or <see langword="null"/> for unchanged.</summary>
    public string? Description { get; init; }

    /// <summary>Who is affected and how now, in words for customers, or <see langword="null"/> for unchanged.</summary>
    public string? CustomerDescription { get; init; }
}
