using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using IncidentPolicy.Model;

namespace IncidentPolicy.Policy;

/// <summary>
/// The triage matrix: the severity level (by name) for each combination of what is broken
/// (<see cref="ImpactScope"/>) and who is affected (<see cref="UsersAffected"/>). It has a cell for
/// every known scope and every known users value; <c>unknown</c> answers are classified as their most
/// severe value by the rules, not by the matrix.
/// </summary>
public sealed record ClassificationMatrix
{
    private readonly ImmutableDictionary<(ImpactScope Scope, UsersAffected Users), string> _cells;

    /// <summary>Creates a matrix from its cells.</summary>
    /// <param name="cells">One level name per (scope, users) pair, for every known scope and users value.</param>
    /// <exception cref="ArgumentException">A cell is missing, names an unknown answer, or has no level.</exception>
    public ClassificationMatrix(IEnumerable<KeyValuePair<(ImpactScope Scope, UsersAffected Users), string>> cells)
    {
        ArgumentNullException.ThrowIfNull(cells);
        var builder = ImmutableDictionary.CreateBuilder<(ImpactScope, UsersAffected), string>();
        foreach (var (key, level) in cells)
        {
            if (key.Scope == ImpactScope.Unknown || key.Users == UsersAffected.Unknown)
            {
                throw new ArgumentException("The matrix has no cells for unknown answers: they are classified as their most severe value.", nameof(cells));
            }

            ArgumentException.ThrowIfNullOrWhiteSpace(level, nameof(cells));
            builder[key] = level;
        }

        var missing = KnownCells.Where(k => !builder.ContainsKey(k)).ToList();
        if (missing.Count > 0)
        {
            throw new ArgumentException(
                "The matrix needs a level for every scope and users value; missing: " + string.Join(", ", missing.Select(m => $"{m.Scope}/{m.Users}")),
                nameof(cells));
        }

        _cells = builder.ToImmutable();
    }

    /// <summary>The known scopes, most severe first: the order of the matrix's rows.</summary>
    public static ImmutableArray<ImpactScope> Scopes { get; } =
        [ImpactScope.Outage, ImpactScope.CoreSeverelyImpaired, ImpactScope.CoreDegraded, ImpactScope.NonCore, ImpactScope.Cosmetic];

    /// <summary>The known users values, most severe first: the order of the matrix's columns.</summary>
    public static ImmutableArray<UsersAffected> Users { get; } =
        [UsersAffected.All, UsersAffected.Most, UsersAffected.Subset, UsersAffected.Internal];

    private static IEnumerable<(ImpactScope Scope, UsersAffected Users)> KnownCells =>
        Scopes.SelectMany(s => Users.Select(u => (s, u)));

    /// <summary>The level name in the matrix for a known scope and users value.</summary>
    /// <param name="scope">What is broken; not <see cref="ImpactScope.Unknown"/>.</param>
    /// <param name="users">Who is affected; not <see cref="UsersAffected.Unknown"/>.</param>
    /// <returns>The level's name.</returns>
    /// <exception cref="ArgumentOutOfRangeException">An unknown answer was passed.</exception>
    public string this[ImpactScope scope, UsersAffected users] =>
        _cells.TryGetValue((scope, users), out var level)
            ? level
            : throw new ArgumentOutOfRangeException(nameof(scope), $"The matrix has no cell for {scope}/{users}.");

    /// <summary>Every cell, row by row in <see cref="Scopes"/> then <see cref="Users"/> order.</summary>
    public IEnumerable<KeyValuePair<(ImpactScope Scope, UsersAffected Users), string>> Cells =>
        KnownCells.Select(k => new KeyValuePair<(ImpactScope Scope, UsersAffected Users), string>(k, _cells[k]));

    /// <summary>Builds a matrix from rows written as in <c>docs/semantics.md</c>: one row per scope, one column per users value.</summary>
    /// <param name="rows">For each scope of <see cref="Scopes"/>, the levels for <see cref="Users"/> in order.</param>
    /// <returns>The matrix.</returns>
    public static ClassificationMatrix FromRows(IReadOnlyDictionary<ImpactScope, string[]> rows)
    {
        ArgumentNullException.ThrowIfNull(rows);
        return new ClassificationMatrix(rows.SelectMany(row =>
        {
            if (row.Value.Length != Users.Length)
            {
                throw new ArgumentException($"Row {row.Key} needs {Users.Length} levels (all, most, subset, internal); got {row.Value.Length}.", nameof(rows));
            }

            return row.Value.Select((level, i) => new KeyValuePair<(ImpactScope, UsersAffected), string>((row.Key, Users[i]), level));
        }));
    }

    /// <inheritdoc />
    public bool Equals(ClassificationMatrix? other) =>
        other is not null && _cells.Count == other._cells.Count && _cells.All(c => other._cells.TryGetValue(c.Key, out var v) && v == c.Value);

    /// <inheritdoc />
    public override int GetHashCode() => _cells.Count;
}
