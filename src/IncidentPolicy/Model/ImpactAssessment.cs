namespace IncidentPolicy.Model;

/// <summary>
/// The answers of the triage step "Assess the impact" (<c>docs/procedure.md</c>), from which the severity is classified.
/// </summary>
/// <param name="UsersAffected">Who is affected; <see cref="UsersAffected.Unknown"/> when not known.</param>
/// <param name="Scope">What is broken; <see cref="ImpactScope.Unknown"/> when not known.</param>
/// <param name="SecurityBreach">A data breach or security compromise: the incident is automatically the most severe level (IRP1002).</param>
/// <param name="DataCorruption">Data integrity is broken: classified as the most severe level (IRP1001).</param>
public sealed record ImpactAssessment(
    UsersAffected UsersAffected = UsersAffected.Unknown,
    ImpactScope Scope = ImpactScope.Unknown,
    bool SecurityBreach = false,
    bool DataCorruption = false)
{
    /// <summary>An assessment with every answer unknown: what a record without <c>impact</c> means.</summary>
    public static ImpactAssessment Unknown { get; } = new();

    /// <summary>Who is affected and how, in the responders' words; <see langword="null"/> when not given. Text for people: it plays no part in the classification.</summary>
    public string? Description { get; init; }

    /// <summary>
    /// Who is affected and how, in words for customers (non-technical, no internal names); <see langword="null"/> when
    /// not given. Text for people: it plays no part in the classification.
    /// </summary>
    public string? CustomerDescription { get; init; }

    /// <summary>Applies a reassessment: fields the update leaves out keep their values here.</summary>
    /// <param name="update">The reassessment.</param>
    /// <returns>The merged assessment.</returns>
    public ImpactAssessment With(ImpactUpdate update)
    {
        System.ArgumentNullException.ThrowIfNull(update);
        return new ImpactAssessment(
            update.UsersAffected ?? UsersAffected,
            update.Scope ?? Scope,
            update.SecurityBreach ?? SecurityBreach,
            update.DataCorruption ?? DataCorruption)
        {
            Description = update.Description ?? Description,
            CustomerDescription = update.CustomerDescription ?? CustomerDescription,
        };
    }
}
