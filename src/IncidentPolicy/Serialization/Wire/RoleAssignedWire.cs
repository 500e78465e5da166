using NodaTime;

namespace IncidentPolicy.Serialization.Wire;

/// <summary>A <c>roleAssigned</c> event: the role's wire name and the person.</summary>
internal sealed record RoleAssignedWire(Instant At, string Role, string Person) : IncidentEventWire;
