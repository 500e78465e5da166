using System;
using System.Collections.Generic;
using System.Linq;
using IncidentPolicy.Model;
using IncidentPolicy.Policy;
using Xunit;

namespace IncidentPolicy.Tests.Policy;

/// <summary>
/// A matrix built in code is refused, with a message that says what is wrong, when it has a cell for an
/// unknown answer, a cell without a level, a missing cell, or a row of the wrong length; a complete one
/// answers every cell as given, and two matrices are equal exactly when every cell is.
/// </summary>
public sealed class ClassificationMatrixValidationTests
{
    private static readonly ClassificationMatrix Default = ResponsePolicy.Default.Classification;

    private static List<KeyValuePair<(ImpactScope Scope, UsersAffected Users), string>> DefaultCells() => [.. Default.Cells];

    [Fact]
    public void A_cell_for_an_unknown_scope_is_refused_because_unknown_answers_are_classified_as_their_most_severe_value()
    {
        var cells = DefaultCells();
        cells.Add(new((ImpactScope.Unknown, UsersAffected.All), "P0"));

        var error = Assert.Throws<ArgumentException>(() => new ClassificationMatrix(cells));

        Assert.Equal("cells", error.ParamName);
        Assert.StartsWith("The matrix has no cells for unknown answers: they are classified as their most severe value.", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_cell_for_unknown_users_is_refused_the_same_way()
    {
        var cells = DefaultCells();
        cells.Add(new((ImpactScope.Outage, UsersAffected.Unknown), "P0"));

        var error = Assert.Throws<ArgumentException>(() => new ClassificationMatrix(cells));

        Assert.StartsWith("The matrix has no cells for unknown answers", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("")]
    [InlineData("  ")]
    public void A_cell_without_a_level_is_refused(string level)
    {
        var cells = DefaultCells();
        cells[3] = new(cells[3].Key, level);

        var error = Assert.Throws<ArgumentException>(() => new ClassificationMatrix(cells));

        Assert.Equal("cells", error.ParamName);
    }

    [Fact]
    public void Missing_cells_are_all_named_in_one_message()
    {
        var cells = DefaultCells()
            .Where(c => c.Key != (ImpactScope.CoreDegraded, UsersAffected.Most) && c.Key != (ImpactScope.Cosmetic, UsersAffected.Internal))
            .ToList();

        var error = Assert.Throws<ArgumentException>(() => new ClassificationMatrix(cells));

        Assert.Equal("cells", error.ParamName);
        Assert.StartsWith(
            "The matrix needs a level for every scope and users value; missing: CoreDegraded/Most, Cosmetic/Internal",
            error.Message,
            StringComparison.Ordinal);
    }

    [Fact]
    public void A_complete_matrix_answers_each_cell_as_given_and_lists_its_cells_row_by_row()
    {
        var cells = DefaultCells();
        cells[0] = new(cells[0].Key, "P1");

        var matrix = new ClassificationMatrix(cells);

        Assert.Equal("P1", matrix[ImpactScope.Outage, UsersAffected.All]);
        Assert.Equal(Default[ImpactScope.Cosmetic, UsersAffected.Internal], matrix[ImpactScope.Cosmetic, UsersAffected.Internal]);
        Assert.Equal(
            ClassificationMatrix.Scopes.SelectMany(s => ClassificationMatrix.Users.Select(u => (s, u))),
            matrix.Cells.Select(c => c.Key));
    }

    [Fact]
    public void Asking_for_an_unknown_answer_names_the_cell()
    {
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => Default[ImpactScope.Unknown, UsersAffected.All]);

        Assert.Equal("scope", error.ParamName);
        Assert.StartsWith("The matrix has no cell for Unknown/All.", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void No_cells_or_no_rows_are_refused_naming_the_argument()
    {
        // Not a NullReferenceException from inside the loop, nor LINQ's complaint about its own "source".
        Assert.Equal("cells", Assert.Throws<ArgumentNullException>(() => new ClassificationMatrix(null!)).ParamName);
        Assert.Equal("rows", Assert.Throws<ArgumentNullException>(() => ClassificationMatrix.FromRows(null!)).ParamName);
    }

    [Fact]
    public void A_row_of_the_wrong_length_is_refused_with_the_count_it_needs_and_the_count_it_got()
    {
        var rows = new Dictionary<ImpactScope, string[]> { [ImpactScope.Outage] = ["P0", "P0", "P1"] };

        var error = Assert.Throws<ArgumentException>(() => ClassificationMatrix.FromRows(rows));

        Assert.Equal("rows", error.ParamName);
        Assert.StartsWith("Row Outage needs 4 levels (all, most, subset, internal); got 3.", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Rows_give_the_levels_of_the_users_columns_in_order()
    {
        var rows = ClassificationMatrix.Scopes.ToDictionary(s => s, _ => new[] { "P0", "P1", "P2", "P3" });

        var matrix = ClassificationMatrix.FromRows(rows);

        Assert.All(ClassificationMatrix.Scopes, scope => Assert.Equal(
            ["P0", "P1", "P2", "P3"],
            ClassificationMatrix.Users.Select(users => matrix[scope, users])));
    }

    [Fact]
    public void Matrices_with_the_same_cells_are_equal_and_hash_alike()
    {
        var copy = new ClassificationMatrix(DefaultCells().AsEnumerable().Reverse());

        Assert.True(Default.Equals(copy));
        Assert.Equal(Default, copy);
        Assert.Equal(Default.GetHashCode(), copy.GetHashCode());
    }

    [Fact]
    public void Matrices_that_differ_in_one_cell_are_not_equal()
    {
        var cells = DefaultCells();
        var last = cells.Count - 1;
        cells[last] = new(cells[last].Key, cells[last].Value == "P0" ? "P1" : "P0");

        Assert.False(Default.Equals(new ClassificationMatrix(cells)));
        Assert.NotEqual(Default, new ClassificationMatrix(cells));
    }

    [Fact]
    public void A_matrix_is_not_equal_to_null()
    {
        Assert.False(Default.Equals(null));
        Assert.False(Default == null);
    }
}
