using System.Globalization;
using IncidentPolicy.Validation;

namespace IncidentPolicy.Serialization;

/// <summary>
/// The size and nesting limits <see cref="JsonInput"/> applies to one document, and the options type whose
/// properties raise them (<see langword="null"/> when the caller has no option to offer).
/// </summary>
internal sealed record JsonLimits(long MaxDocumentBytes, int MaxDepth, string? OptionsName)
{
    /// <summary>The defaults, for a reader that takes no options (an evaluation result read back, a policy test file).</summary>
    public static JsonLimits Fixed { get; } = new(DocumentReadOptions.DefaultMaxDocumentBytes, DocumentReadOptions.DefaultMaxDepth, null);

    public string TooLarge(string found) =>
        ProblemMessages.OverLimit($"the document is {found}", Bytes(MaxDocumentBytes), Option(nameof(DocumentReadOptions.MaxDocumentBytes)), "read larger documents");

    public string TooDeep(long line, long position) =>
        ProblemMessages.OverLimit(
            $"objects and arrays nested more than {MaxDepth.ToString(CultureInfo.InvariantCulture)} levels deep at line {line.ToString(CultureInfo.InvariantCulture)}, position {position.ToString(CultureInfo.InvariantCulture)}",
            $"{MaxDepth.ToString(CultureInfo.InvariantCulture)} levels",
            Option(nameof(DocumentReadOptions.MaxDepth)),
            "read deeper documents");

    public static string Bytes(long count) => $"{count.ToString(CultureInfo.InvariantCulture)} bytes";

    private string? Option(string property) => OptionsName is null ? null : $"{OptionsName}.{property}";
}
