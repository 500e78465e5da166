using IncidentPolicy.Documents;
using Xunit;
using static IncidentPolicy.Tests.Documents.DocumentTestSupport;

namespace IncidentPolicy.Tests.Documents;

/// <summary>
/// IRP8009 in tables: <c>TODO</c> is a status only in a review's <c>Status</c> column, whatever the cell's spacing;
/// the column is found by its header, and a table with an empty header cell, or a row longer than its header, is read like any other.
/// </summary>
public sealed class PlaceholderRuleTests
{
    [Fact]
    public void A_TODO_in_a_runbook_Status_column_is_a_placeholder()
    {
        var runbook = "# Runbook: X\n\n| Check | Status |\n|---|---|\n| Disk | TODO |\n";

        Assert.Equal(["5:10"], Ids(Analyze(runbook), "IRP8009"));
    }

    [Fact]
    public void A_TODO_filling_a_review_Status_cell_without_spaces_is_a_status()
    {
        var review = "# Post-Incident Review: X\n\n|Action|Status|\n|---|---|\n|TODO|TODO|\n";

        Assert.Equal(["5:2"], Ids(Analyze(review), "IRP8009"));
    }

    [Fact]
    public void A_review_table_with_an_empty_header_cell_still_finds_its_Status_column()
    {
        var review = "# Post-Incident Review: X\n\n| | Status |\n|---|---|\n| TODO | TODO |\n";

        Assert.Equal(["5:3"], Ids(Analyze(review), "IRP8009"));
    }

    [Fact]
    public void The_Status_column_is_found_by_its_header_in_any_position_and_case()
    {
        var review = "# Post-Incident Review: X\n\n| Action | Owner | status |\n|---|---|---|\n| TODO | TBD | TODO |\n| Fix it | @ops | TODO |\n";

        Assert.Equal(["5:3", "5:10"], Ids(Analyze(review), "IRP8009"));
    }

    [Fact]
    public void A_cell_beyond_the_header_of_a_review_table_is_under_no_header_and_its_TODO_is_a_placeholder()
    {
        var review = "# Post-Incident Review: X\n\n| Action | Status |\n|---|---|\n| TODO | TODO | TODO |\n";

        Assert.Equal(["5:3", "5:17"], Ids(Analyze(review), "IRP8009"));
    }
}
