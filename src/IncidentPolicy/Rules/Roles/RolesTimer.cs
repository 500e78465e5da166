using IncidentPolicy.Evaluation;
using IncidentPolicy.Rules.Facts;
using NodaTime;

namespace IncidentPolicy.Rules.Roles;

/// <summary>When the required roles fall due. Not part of the result, so not an observable change.</summary>
internal sealed class RolesTimer(Instant dueAt) : RuleTimer(dueAt, Deadline.RolesDue)
{
}
