using System;
using System.IO;
using IncidentPolicy.Evaluation;
using IncidentPolicy.Testing;
using IncidentPolicy.Tests.Support;
using IncidentPolicy.Validation;
using Xunit;

namespace IncidentPolicy.Tests.Testing;

/// <summary>The public entry points of policy tests refuse a missing or blank argument, naming it; a bad path in a file is a problem of the file.</summary>
public sealed class PolicyTestArgumentTests
{
    private const string Case = """{ "cases": [ { "name": "a", "incident": INCIDENT, "at": "2024-03-15T14:00:00Z", "expect": { "status": "open" } } ] }""";

    private const string Incident = """{ "id": "T-1", "title": "Checkout slow", "detectedAt": "2024-03-15T14:00:00Z", "impact": { "usersAffected": "subset", "scope": "coreDegraded" } }""";

    private static readonly PolicyTestSuite Suite = PolicyTestFile.Read(Case.Replace("INCIDENT", Incident, StringComparison.Ordinal));

    [Fact]
    public void Reading_refuses_no_text_a_blank_folder_and_a_missing_or_blank_path()
    {
        Assert.Equal("json", Assert.Throws<ArgumentNullException>(() => PolicyTestFile.Read(null!)).ParamName);
        Assert.Equal("directory", Assert.Throws<ArgumentException>(() => PolicyTestFile.Read(Case, directory: " ")).ParamName);
        Assert.Equal("directory", Assert.Throws<ArgumentException>(() => PolicyTestFile.Read(Case, directory: "a\0b")).ParamName);
        Assert.Equal("path", Assert.Throws<ArgumentNullException>(() => PolicyTestFile.ReadFile(null!)).ParamName);
        Assert.Equal("path", Assert.Throws<ArgumentException>(() => PolicyTestFile.ReadFile(string.Empty)).ParamName);
        Assert.Equal("path", Assert.Throws<ArgumentException>(() => PolicyTestFile.ReadFile("  ")).ParamName);
    }

    [Fact]
    public void A_relative_folder_is_taken_from_the_current_directory()
    {
        var refused = Assert.Throws<InvalidPolicyTestException>(() => PolicyTestFile.Read(Case.Replace("INCIDENT", "\"no-such-incident.json\"", StringComparison.Ordinal), directory: "."));

        Assert.Equal(
            "$.cases[0].incident: no such incident file \"no-such-incident.json\" (paths are relative to the test file's folder)",
            Assert.Single(refused.Problems).ToString());
    }

    [Fact]
    public void A_path_in_the_file_that_is_not_a_path_is_a_problem_at_its_place()
    {
        var refused = Assert.Throws<InvalidPolicyTestException>(() => PolicyTestFile.Read(
            Case.Replace("INCIDENT", "\"a\\u0000b.json\"", StringComparison.Ordinal), directory: Path.GetTempPath()));

        var problem = Assert.Single(refused.Problems);
        Assert.Equal("$.cases[0].incident", problem.Location.ToString());
        Assert.StartsWith("cannot read the incident file \"a\\u0000b.json\": ", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Running_and_writing_refuse_a_missing_argument_naming_it()
    {
        Assert.Equal("suite", Assert.Throws<ArgumentNullException>(() => PolicyTestRunner.Run(null!)).ParamName);
        Assert.Equal("suite", Assert.Throws<ArgumentNullException>(() => PolicyTestRunner.Run(null!, Engines.Default)).ParamName);
        Assert.Equal("engine", Assert.Throws<ArgumentNullException>(() => PolicyTestRunner.Run(Suite, null!)).ParamName);
        Assert.Equal("results", Assert.Throws<ArgumentNullException>(() => PolicyTestText.Write(null!)).ParamName);
        Assert.Equal("results", Assert.Throws<ArgumentNullException>(() => PolicyTestText.Summary(null!)).ParamName);
        Assert.Equal("results", Assert.Throws<ArgumentNullException>(() => PolicyTestJUnit.Write(null!)).ParamName);
    }

    [Fact]
    public void Writing_refuses_a_list_that_holds_null_naming_it()
    {
        PolicyTestSuiteResult[] results = [PolicyTestRunner.Run(Suite), null!];

        Assert.Equal("results", Assert.Throws<ArgumentException>(() => PolicyTestText.Write(results)).ParamName);
        Assert.Equal("results", Assert.Throws<ArgumentException>(() => PolicyTestText.Summary(results)).ParamName);
        Assert.Equal("results", Assert.Throws<ArgumentException>(() => PolicyTestJUnit.Write(results)).ParamName);
        Assert.StartsWith("A result of the list is null.", Assert.Throws<ArgumentException>(() => PolicyTestText.Write(results)).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_folder_that_is_not_a_path_is_refused_saying_so()
    {
        var refused = Assert.Throws<ArgumentException>(() => PolicyTestFile.Read(Case, directory: "a\0b"));

        Assert.StartsWith("Not a valid path: ", refused.Message, StringComparison.Ordinal);
        Assert.NotNull(refused.InnerException);
    }

    /// <summary>
    /// A file the process may not read is a problem of the test file, like a missing one. Linux's
    /// /proc/sys/vm/drop_caches may be written but never read, by root too (the tests run as root, to whom
    /// file modes do not apply), so it stands for such a file.
    /// </summary>
    [Fact]
    public void A_path_in_the_file_to_a_file_that_may_not_be_read_is_a_problem_at_its_place()
    {
        const string Unreadable = "/proc/sys/vm/drop_caches";
        Assert.True(File.Exists(Unreadable), $"this test needs Linux's {Unreadable}");

        var refused = Assert.Throws<InvalidPolicyTestException>(() => PolicyTestFile.Read(
            Case.Replace("INCIDENT", $"\"{Unreadable}\"", StringComparison.Ordinal), directory: Path.GetTempPath()));

        var problem = Assert.Single(refused.Problems);
        Assert.Equal("$.cases[0].incident", problem.Location.ToString());
        Assert.StartsWith($"cannot read the incident file \"{Unreadable}\": Access to the path", problem.Message, StringComparison.Ordinal);
    }
}
