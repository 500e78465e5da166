using System.Linq;
using System.Xml.Linq;
using IncidentPolicy.Testing;
using Xunit;

namespace IncidentPolicy.Tests.Testing;

/// <summary>The text and JUnit XML outputs of policy test results: their exact bytes, LF line ends, no time or machine in them.</summary>
public sealed class PolicyTestWriterTests
{
    private const string Incident = """{ "id": "T-1", "title": "Checkout slow", "detectedAt": "2024-03-15T14:00:00Z", "impact": { "usersAffected": "subset", "scope": "coreDegraded" } }""";

    private static readonly PolicyTestSuiteResult Result = PolicyTestRunner.Run(PolicyTestFile.Read(
        $$"""
        { "cases": [
            { "name": "a P2 pages the team lead", "incident": {{Incident}}, "at": "2024-03-15T14:00:00Z", "expect": { "severity": "P2", "notified": ["teamLead"] } },
            { "name": "a P2 & its <deadlines>", "incident": {{Incident}}, "at": "2024-03-15T14:00:00Z",
              "expect": { "deadlines": { "responseBy": "2024-03-15T15:00:00Z", "escalatesAt": null } } } ] }
        """,
        source: "tests/p2.policytest.json"));

    [Fact]
    public void The_text_lists_each_case_with_its_differences_and_ends_with_the_counts()
    {
        Assert.Equal(
            "tests/p2.policytest.json\n"
            + "  PASS  a P2 pages the team lead\n"
            + "  FAIL  a P2 & its <deadlines>\n"
            + "        deadlines.responseBy: expected \"2024-03-15T15:00:00Z\", got \"2024-03-15T16:00:00Z\"  ($.cases[1].expect.deadlines.responseBy)\n"
            + "        deadlines.escalatesAt: expected null, got \"2024-03-15T18:00:00Z\"  ($.cases[1].expect.deadlines.escalatesAt)\n"
            + "1 passed, 1 failed\n",
            PolicyTestText.Write([Result]));
    }

    [Fact]
    public void The_junit_report_has_a_testsuite_per_file_and_a_failure_per_failed_case()
    {
        Assert.Equal(
            """
            <?xml version="1.0" encoding="utf-8"?>
            <testsuites name="incident-policy test" tests="2" failures="1" errors="0" skipped="0">
              <testsuite name="tests/p2.policytest.json" tests="2" failures="1" errors="0" skipped="0">
                <testcase classname="tests/p2.policytest.json" name="a P2 pages the team lead" />
                <testcase classname="tests/p2.policytest.json" name="a P2 &amp; its &lt;deadlines&gt;">
                  <failure message="2 expectations not met" type="PolicyTestFailure">deadlines.responseBy: expected "2024-03-15T15:00:00Z", got "2024-03-15T16:00:00Z"  ($.cases[1].expect.deadlines.responseBy)
            deadlines.escalatesAt: expected null, got "2024-03-15T18:00:00Z"  ($.cases[1].expect.deadlines.escalatesAt)</failure>
                </testcase>
              </testsuite>
            </testsuites>

            """.ReplaceLineEndings("\n"),
            PolicyTestJUnit.Write([Result]));
    }

    [Fact]
    public void The_junit_report_of_several_files_counts_every_case_and_reads_as_xml()
    {
        var report = XDocument.Parse(PolicyTestJUnit.Write([Result, Result]));

        Assert.Equal(("4", "2"), (report.Root!.Attribute("tests")!.Value, report.Root.Attribute("failures")!.Value));
        Assert.Equal(2, report.Root.Elements("testsuite").Count());
        Assert.Equal(2, report.Descendants("failure").Count());
    }

    [Fact]
    public void The_summary_counts_the_cases_of_every_file()
    {
        Assert.Equal("2 passed, 2 failed", PolicyTestText.Summary([Result, Result]));
        Assert.EndsWith("\n2 passed, 2 failed\n", PolicyTestText.Write([Result, Result]), System.StringComparison.Ordinal);
    }

    [Fact]
    public void A_suite_read_without_a_source_has_a_name_in_both_outputs()
    {
        var unnamed = PolicyTestRunner.Run(PolicyTestFile.Read(
            $$"""{ "cases": [ { "name": "a", "incident": {{Incident}}, "at": "2024-03-15T14:00:00Z", "expect": { "severity": "P2" } } ] }"""));

        Assert.Equal("(policy tests)\n  PASS  a\n1 passed, 0 failed\n", PolicyTestText.Write([unnamed]));
        var suite = Assert.Single(XDocument.Parse(PolicyTestJUnit.Write([unnamed])).Root!.Elements("testsuite"));
        Assert.Equal("policy tests", suite.Attribute("name")!.Value);
        Assert.Equal("policy tests", suite.Element("testcase")!.Attribute("classname")!.Value);
    }

    [Fact]
    public void A_case_with_one_difference_has_it_as_the_junit_failure_message()
    {
        var result = PolicyTestRunner.Run(PolicyTestFile.Read(
            $$"""{ "cases": [ { "name": "a", "incident": {{Incident}}, "at": "2024-03-15T14:00:00Z", "expect": { "severity": "P1" } } ] }"""));

        var failure = Assert.Single(XDocument.Parse(PolicyTestJUnit.Write([result])).Descendants("failure"));
        Assert.Equal("severity: expected \"P1\", got \"P2\"", failure.Attribute("message")!.Value);
    }
}
