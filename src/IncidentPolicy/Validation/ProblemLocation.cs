using System;
using System.Collections.Immutable;
using System.Linq;
using IncidentPolicy.Model;

namespace IncidentPolicy.Validation;

/// <summary>
/// Where a problem is, in the model's terms: a path of <see cref="Segments"/> from the input's root, such
/// as "the level P2, its escalate-after setting" or "event 3, its time". Immutable, compared by its
/// segments. <see cref="ToString"/> gives the JSON path into the document
/// (<c>$.severities.P2.escalateAfter</c>, <c>$.events[3].at</c>), spelt as docs/json-dialect.md says.
/// </summary>
/// <example>
/// <code>
/// var location = ProblemLocation.Level("P2").Field(InputField.EscalateAfter);
/// Console.WriteLine(location); // $.severities.P2.escalateAfter
/// </code>
/// </example>
public sealed class ProblemLocation : IEquatable<ProblemLocation>
{
    private string? _path;

    private ProblemLocation(ImmutableArray<LocationSegment> segments) => Segments = segments;

    /// <summary>The whole input (<c>$</c>): a problem of the document as a whole, such as malformed JSON.</summary>
    public static ProblemLocation Root { get; } = new([]);

    /// <summary>The steps from the input's root, outermost first; empty for <see cref="Root"/>.</summary>
    public ImmutableArray<LocationSegment> Segments { get; }

    /// <summary>An event of an incident record, by its position in the record (from 0).</summary>
    /// <param name="index">The event's position.</param>
    /// <returns><c>$.events[index]</c>.</returns>
    public static ProblemLocation Event(int index) => Root.Field(InputField.Events).Index(index);

    /// <summary>A severity level of a policy, by its name.</summary>
    /// <param name="name">The level's name, e.g. <c>P2</c>.</param>
    /// <returns><c>$.severities.P2</c>.</returns>
    public static ProblemLocation Level(string name) => Root.Field(InputField.Levels).Key(name);

    /// <summary>A cell of a policy's classification matrix.</summary>
    /// <param name="scope">What is broken.</param>
    /// <param name="users">Who is affected.</param>
    /// <returns><c>$.classification.outage.all</c>.</returns>
    public static ProblemLocation MatrixCell(ImpactScope scope, UsersAffected users) =>
        Root.Field(InputField.Classification).Then(new MatrixCellSegment(scope, users));

    /// <summary>The configured severity of one rule, by its ID.</summary>
    /// <param name="ruleId">The rule's ID, e.g. <c>IRP3001</c>.</param>
    /// <returns><c>$.rules.IRP3001</c>.</returns>
    public static ProblemLocation RuleOverride(string ruleId) => Root.Field(InputField.RuleSeverities).Key(ruleId);

    /// <summary>The configured severity of a category of rules.</summary>
    /// <param name="category">The category, e.g. <c>communication</c>.</param>
    /// <returns><c>$.categories.communication</c>.</returns>
    public static ProblemLocation CategoryOverride(string category) => Root.Field(InputField.CategorySeverities).Key(category);

    /// <summary>A rule of your own registered on a policy in code, by its ID.</summary>
    /// <param name="ruleId">The rule's ID.</param>
    /// <returns><c>customRules.ACME1001</c> (not in a document, so without <c>$</c>).</returns>
    public static ProblemLocation CustomRule(string ruleId) => Root.Field(InputField.CustomRules).Key(ruleId);

    /// <summary>A field of what this location points at.</summary>
    /// <param name="field">The field.</param>
    /// <returns>The longer location.</returns>
    public ProblemLocation Field(InputField field) => Then(new FieldSegment(field));

    /// <summary>An entry of what this location points at, by its name.</summary>
    /// <param name="key">The name.</param>
    /// <returns>The longer location.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="key"/> is <see langword="null"/>.</exception>
    public ProblemLocation Key(string key)
    {
        ArgumentNullException.ThrowIfNull(key);
        return Then(new KeySegment(key));
    }

    /// <summary>An item of the list this location points at, by its position (from 0).</summary>
    /// <param name="index">The position.</param>
    /// <returns>The longer location.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="index"/> is negative.</exception>
    public ProblemLocation Index(int index)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(index);
        return Then(new IndexSegment(index));
    }

    /// <summary>The location one step up: what this location is a field, entry or item of; the root for the root.</summary>
    /// <returns>The shorter location.</returns>
    internal ProblemLocation Parent() => Segments.IsEmpty ? this : new(Segments.RemoveAt(Segments.Length - 1));

    /// <summary>Whether this location is <paramref name="other"/> or lies under it, compared as JSON paths (the readers' keys and the model's fields spell the same path).</summary>
    internal bool IsAtOrUnder(ProblemLocation other)
    {
        var path = ToString();
        var prefix = other.ToString();
        return path.Length == prefix.Length
            ? path == prefix
            : path.StartsWith(prefix, StringComparison.Ordinal) && path[prefix.Length] is '.' or '[';
    }

    /// <summary>This location followed by one more step.</summary>
    /// <param name="segment">The step.</param>
    /// <returns>The longer location.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="segment"/> is <see langword="null"/>.</exception>
    public ProblemLocation Then(LocationSegment segment)
    {
        ArgumentNullException.ThrowIfNull(segment);
        return new(Segments.Add(segment));
    }

    /// <summary>The JSON path into the document: <c>$.severities.P2.escalateAfter</c>, <c>$.events[3].at</c>, <c>$</c> for the root.</summary>
    /// <returns>The path.</returns>
    public override string ToString() => _path ??= Serialization.JsonPath.Of(this);

    /// <inheritdoc />
    public bool Equals(ProblemLocation? other) =>
        other is not null && (ReferenceEquals(this, other) || Segments.SequenceEqual(other.Segments));

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as ProblemLocation);

    /// <inheritdoc />
    public override int GetHashCode()
    {
        var hash = default(HashCode);
        foreach (var segment in Segments)
        {
            hash.Add(segment);
        }

        return hash.ToHashCode();
    }
}
