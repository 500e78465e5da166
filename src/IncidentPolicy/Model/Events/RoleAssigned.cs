using NodaTime;

namespace IncidentPolicy.Model.Events;

/// <summary>A person took an incident role (IRP4002, IRP4003). A later assignment of the same role replaces the holder.</summary>
/// <param name="At">When it happened.</param>
/// <param name="Role">The role.</param>
/// <param name="Person">Who holds it.</param>
public sealed record RoleAssigned(Instant At, IncidentRole Role, string Person) : IncidentEvent(At)
{
    /// <inheritdoc />
    public override string Type => "roleAssigned";
}
