using IncidentPolicy.Model;
using NodaTime;

namespace IncidentPolicy.Rules.Facts;

/// <summary>The last mitigation applied before resolution.</summary>
internal sealed class LastMitigation(Instant? at, object? source)
{
    public static LastMitigation None { get; } = new(null, null);

    /// <summary>When, or <see langword="null"/> before any mitigation.</summary>
    public Instant? At { get; } = at;

    /// <summary>The happening that set it, so the rule that replaces it does not fire on its own result.</summary>
    public object? Source { get; } = source;
}
