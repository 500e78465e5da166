using Orleans;

namespace IncidentPolicy.Orleans;

/// <summary>
/// One problem with a record or event sent to an incident grain: where (a JSON path within the document sent, such
/// as <c>$.at</c>; <c>$</c> for the document itself) and what was expected.
/// </summary>
/// <param name="Path">The JSON path of the problem within the document sent.</param>
/// <param name="Message">What is wrong and what was expected.</param>
[GenerateSerializer]
[Immutable]
[Alias("IncidentPolicy.Orleans.RecordingProblem")]
public sealed record RecordingProblem([property: Id(0)] string Path, [property: Id(1)] string Message)
{
    /// <inheritdoc />
    public override string ToString() => $"{Path}: {Message}";
}
