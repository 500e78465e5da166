namespace IncidentPolicy.Serialization;

/// <summary>
/// The limits every JSON document reader applies before it builds anything (docs/limits.md): how large a document
/// may be and how deeply its objects and arrays may nest. A document over a limit is refused with a problem at
/// <c>$</c> that names the limit, the value found and the option that raises it. The options of each document
/// (<see cref="IncidentReadOptions"/>, <see cref="PolicyReadOptions"/>, <see cref="CheckpointReadOptions"/>) derive
/// from this; change a copy with <c>with</c>.
/// </summary>
public abstract record DocumentReadOptions
{
    /// <summary>The default of <see cref="MaxDocumentBytes"/>: 16 MiB.</summary>
    public const long DefaultMaxDocumentBytes = 16 * 1024 * 1024;

    /// <summary>The default of <see cref="MaxDepth"/>: 64 levels, as <c>System.Text.Json</c>'s own default.</summary>
    public const int DefaultMaxDepth = 64;

    /// <summary>
    /// The largest document read, in bytes of UTF-8 (a byte order mark included); a larger one is refused without
    /// being parsed, and a stream is read no further than this. Default: <see cref="DefaultMaxDocumentBytes"/>.
    /// Must be positive.
    /// </summary>
    public long MaxDocumentBytes
    {
        get;
        init => field = value > 0 ? value : throw new System.ArgumentOutOfRangeException(nameof(value), value, "The size limit must be a positive number of bytes.");
    } = DefaultMaxDocumentBytes;

    /// <summary>
    /// The deepest nesting of objects and arrays: the root object is level 1, an object or array in it level 2.
    /// A deeper document is refused at the line and position where the nesting goes past the limit.
    /// Default: <see cref="DefaultMaxDepth"/>. Must be between 1 and 1000.
    /// </summary>
    public int MaxDepth
    {
        get;
        init => field = value is >= 1 and <= MaxMaxDepth ? value : throw new System.ArgumentOutOfRangeException(nameof(value), value, "The nesting limit must be between 1 and 1000 levels.");
    } = DefaultMaxDepth;

    /// <summary>The highest <see cref="MaxDepth"/> accepted: deeper documents would cost the reader's stack.</summary>
    internal const int MaxMaxDepth = 1000;

    /// <summary>The limits as the reader layer applies them, naming this options type in its messages.</summary>
    internal JsonLimits Limits => new(MaxDocumentBytes, MaxDepth, GetType().Name);
}
