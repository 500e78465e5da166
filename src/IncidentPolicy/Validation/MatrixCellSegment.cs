using IncidentPolicy.Model;

namespace IncidentPolicy.Validation;

/// <summary>A step to one cell of the classification matrix: the level for a scope and who is affected.</summary>
/// <param name="Scope">What is broken.</param>
/// <param name="Users">Who is affected.</param>
public sealed record MatrixCellSegment(ImpactScope Scope, UsersAffected Users) : LocationSegment;
