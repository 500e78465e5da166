using System;

namespace IncidentPolicy.Documents;

/// <summary>A place in a document's text: a 1-based line and a 1-based column (in UTF-16 code units, as SARIF counts by default).</summary>
/// <param name="Line">The line, from 1.</param>
/// <param name="Column">The column, from 1.</param>
public readonly record struct SourcePosition(int Line, int Column) : IComparable<SourcePosition>
{
    /// <summary>The start of a document.</summary>
    public static SourcePosition Start { get; } = new(1, 1);

    /// <inheritdoc />
    public int CompareTo(SourcePosition other) => Line != other.Line ? Line.CompareTo(other.Line) : Column.CompareTo(other.Column);

    /// <summary>Whether <paramref name="left"/> comes before <paramref name="right"/>.</summary>
    public static bool operator <(SourcePosition left, SourcePosition right) => left.CompareTo(right) < 0;

    /// <summary>Whether <paramref name="left"/> comes after <paramref name="right"/>.</summary>
    public static bool operator >(SourcePosition left, SourcePosition right) => left.CompareTo(right) > 0;

    /// <summary>Whether <paramref name="left"/> comes before or is <paramref name="right"/>.</summary>
    public static bool operator <=(SourcePosition left, SourcePosition right) => left.CompareTo(right) <= 0;

    /// <summary>Whether <paramref name="left"/> comes after or is <paramref name="right"/>.</summary>
    public static bool operator >=(SourcePosition left, SourcePosition right) => left.CompareTo(right) >= 0;

    /// <inheritdoc />
    public override string ToString() => FormattableString.Invariant($"{Line}:{Column}");
}
