using System.Linq;
using IncidentPolicy.Documents;
using Xunit;
using static IncidentPolicy.Tests.Documents.DocumentTestSupport;

namespace IncidentPolicy.Tests.Documents;

/// <summary>
/// Which date stamp a runbook's age is measured from, and where IRP8008 points: the front matter's
/// <c>last_verified</c> (a date, or a date and time), else the first <c>Last verified:</c> line of a paragraph,
/// at its label; a stamp inside code is not one.
/// </summary>
public sealed class DateStampTests
{
    /// <summary>The stale finding ("line:col date"), or the missing one ("missing"), or nothing.</summary>
    private static string Stamp(string text)
    {
        var analysis = Analyze(text);
        if (analysis.Findings.SingleOrDefault(f => f.Id == "IRP8008") is { } stale)
        {
            return $"{stale.Position} {stale.Message.Split(' ')[6].TrimEnd(',')}";
        }

        return analysis.Findings.Any(f => f.Id == "IRP8007") ? "missing" : "fresh";
    }

    [Fact]
    public void The_first_stamp_of_the_document_counts()
    {
        Assert.Equal("3:1 2025-06-01", Stamp("# Runbook: X\n\nLast verified: 2025-06-01\n\nText.\n\nLast verified: 2025-07-01\n"));
        Assert.Equal("3:1 2025-07-01", Stamp("# Runbook: X\n\nLast verified: 2025-07-01\n\nText.\n\nLast verified: 2025-06-01\n"));
    }

    [Fact]
    public void A_finding_points_at_the_label_after_emphasis_or_a_list_marker()
    {
        Assert.Equal("3:3 2025-06-01", Stamp("# Runbook: X\n\n**Last verified**: 2025-06-01\n"));
        Assert.Equal("3:4 2025-06-01", Stamp("# Runbook: X\n\n- _Last verified_: 2025-06-01\n"));
    }

    [Fact]
    public void A_stamp_on_a_later_line_of_a_paragraph_is_found_on_its_line()
    {
        Assert.Equal("5:1 2025-06-01", Stamp("# Runbook: X\n\nOwner: the orders team\nReviewed by: ops\nLast verified: 2025-06-01\n"));
    }

    [Fact]
    public void A_stamp_in_a_code_block_after_a_paragraph_is_not_one()
    {
        Assert.Equal("missing", Stamp("# Runbook: X\n\nIntro.\n\n```text\nLast verified: 2025-06-01\n```\n"));
    }

    [Theory]
    [InlineData("2025-06-01", "2:16 2025-06-01")]
    [InlineData("2025-06-01T09:30:00Z", "2:16 2025-06-01")]
    [InlineData("2025-06-01 09:30", "2:16 2025-06-01")]
    [InlineData("\"2025-06-01\"", "2:17 2025-06-01")]
    [InlineData("\"2025-06-01\" # after the failover drill", "2:17 2025-06-01")]
    [InlineData("2025-06-01 # after the failover drill", "2:16 2025-06-01")]
    [InlineData("2025-06-011", "missing")]
    [InlineData("2025-6-1", "missing")]
    [InlineData("soon", "missing")]
    public void The_front_matter_takes_a_date_or_a_date_and_time(string value, string expected)
    {
        Assert.Equal(expected, Stamp($"---\nlast_verified: {value}\n---\n# Runbook: X\n"));
    }

    [Fact]
    public void A_front_matter_value_that_is_no_date_leaves_the_stamp_line()
    {
        Assert.Equal("6:1 2025-06-01", Stamp("---\nlast_verified: soon\n---\n# Runbook: X\n\nLast verified: 2025-06-01\n"));
    }
}
