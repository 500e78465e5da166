namespace IncidentPolicy.Validation;

/// <summary>
/// A step to an entry by its name: a level (<c>P2</c>), a rule (<c>IRP3001</c>), a category, a recipient,
/// or a property of a document as it is spelt there (an unknown or misspelt one, say).
/// </summary>
/// <param name="Key">The name.</param>
public sealed record KeySegment(string Key) : LocationSegment;
