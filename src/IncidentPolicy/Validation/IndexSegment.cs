namespace IncidentPolicy.Validation;

/// <summary>A step to an item of a list by its position, counted from 0: the fourth event is index 3.</summary>
/// <param name="Index">The position.</param>
public sealed record IndexSegment(int Index) : LocationSegment;
