using System.IO;
using System.Linq;
using System.Text.Json;
using IncidentPolicy.Documents;
using IncidentPolicy.Tests.Support;
using Json.Schema;
using Xunit;
using static IncidentPolicy.Tests.Documents.DocumentTestSupport;

namespace IncidentPolicy.Tests.Documents;

/// <summary>SARIF: valid against the SARIF 2.1.0 schema (vendored from the npm package @microsoft/jest-sarif), with the shape code scanning reads.</summary>
public sealed class DocumentSarifTests
{
    private static readonly DocumentSarifOptions Tool = new("incident-policy", "1.2.3", new System.Uri("https://example.com/docs"));

    /// <summary>
    /// The vendored schema is draft-04 (<c>id</c>, no <c>$id</c>); JsonSchema.Net reads draft-06 and later, so the
    /// two draft-04 keywords it uses are renamed: the constraints are the same.
    /// </summary>
    private static readonly JsonSchema Schema = JsonSchema.FromText(
        File.ReadAllText(Repository.PathOf("tests", "IncidentPolicy.Tests", "Documents", "Fixtures", "sarif-2.1.0-rtm.5.json"))
            .Replace("\"$schema\": \"http://json-schema.org/draft-04/schema#\"", "\"$schema\": \"http://json-schema.org/draft-07/schema#\"", System.StringComparison.Ordinal)
            .Replace("\n    \"id\": \"https://raw", "\n    \"$id\": \"https://raw", System.StringComparison.Ordinal));

    private static string Log()
    {
        var text = Fixture("procedure-example-runbook.md").Replace("### 4. Escalation", "<!-- incident-policy disable-next-line IRP8010 -->\n### 4. Escalation", System.StringComparison.Ordinal);
        return DocumentSarif.Write([Analyze(text, path: "runbooks\\my runbook.md"), Analyze("# Notes", path: "notes.md")], Tool);
    }

    [Fact]
    public void The_log_is_valid_SARIF_2_1_0() => Assert.Empty(Schemas.Errors(Schema, Log()));

    [Fact]
    public void The_schema_check_can_fail() =>
        Assert.NotEmpty(Schemas.Errors(Schema, Log().Replace("\"level\": \"warning\"", "\"level\": \"serious\"", System.StringComparison.Ordinal)));

    [Fact]
    public void The_driver_lists_every_rule_with_absolute_help_and_default_level()
    {
        using var log = JsonDocument.Parse(Log());
        var run = Assert.Single(log.RootElement.GetProperty("runs").EnumerateArray());
        var driver = run.GetProperty("tool").GetProperty("driver");
        var rules = driver.GetProperty("rules").EnumerateArray().ToList();

        Assert.Equal("incident-policy", driver.GetProperty("name").GetString());
        Assert.Equal("1.2.3", driver.GetProperty("version").GetString());
        Assert.Equal("https://example.com/docs/documents.md", driver.GetProperty("informationUri").GetString());
        Assert.Equal(DocumentRules.All.Select(r => r.Id), rules.Select(r => r.GetProperty("id").GetString()));
        Assert.Equal("https://example.com/docs/rules/IRP8001.md", rules[1].GetProperty("helpUri").GetString());
        Assert.Equal("error", rules[1].GetProperty("defaultConfiguration").GetProperty("level").GetString());
        Assert.Equal("note", rules[3].GetProperty("defaultConfiguration").GetProperty("level").GetString());
        Assert.Equal("RequiredSection", rules[1].GetProperty("name").GetString());
    }

    [Fact]
    public void Results_have_relative_locations_under_SRCROOT_and_suppressions_in_source()
    {
        using var log = JsonDocument.Parse(Log());
        var run = log.RootElement.GetProperty("runs")[0];
        var results = run.GetProperty("results").EnumerateArray().ToList();
        var escalation = results.Single(r => r.GetProperty("ruleId").GetString() == "IRP8010");
        var location = escalation.GetProperty("locations")[0].GetProperty("physicalLocation");

        Assert.True(run.GetProperty("originalUriBaseIds").TryGetProperty("SRCROOT", out _));
        Assert.Equal("runbooks/my%20runbook.md", location.GetProperty("artifactLocation").GetProperty("uri").GetString());
        Assert.Equal("SRCROOT", location.GetProperty("artifactLocation").GetProperty("uriBaseId").GetString());
        Assert.Equal(31, location.GetProperty("region").GetProperty("startLine").GetInt32());
        Assert.Equal(1, location.GetProperty("region").GetProperty("startColumn").GetInt32());
        Assert.Equal("inSource", escalation.GetProperty("suppressions")[0].GetProperty("kind").GetString());
        Assert.Equal("warning", escalation.GetProperty("level").GetString());
        Assert.False(results.First(r => r.GetProperty("ruleId").GetString() == "IRP8007").TryGetProperty("suppressions", out _));
        Assert.Equal("note", results.Single(r => r.GetProperty("ruleId").GetString() == "IRP8000").GetProperty("level").GetString());
    }

    [Fact]
    public void The_log_has_LF_line_ends_and_the_same_bytes_each_time()
    {
        Assert.DoesNotContain("\r", Log(), System.StringComparison.Ordinal);
        Assert.Equal(Log(), Log());
    }

    [Fact]
    public void Each_rule_has_its_title_and_its_message_with_ellipses_as_full_description()
    {
        using var log = JsonDocument.Parse(Log());
        var rules = log.RootElement.GetProperty("runs")[0].GetProperty("tool").GetProperty("driver").GetProperty("rules").EnumerateArray().ToList();
        var placeholder = rules.Single(r => r.GetProperty("id").GetString() == "IRP8009");

        Assert.Equal("No template placeholder is left", placeholder.GetProperty("shortDescription").GetProperty("text").GetString());
        Assert.Equal(
            "No template placeholder is left. Reported as: placeholder '…' left in the text: write what it stands for",
            placeholder.GetProperty("fullDescription").GetProperty("text").GetString());
        Assert.Equal("Placeholder", placeholder.GetProperty("name").GetString());
    }

    [Fact]
    public void SRCROOT_is_described_and_an_error_finding_is_an_error_result()
    {
        using var log = JsonDocument.Parse(DocumentSarif.Write([Analyze("# Runbook: X\n", path: "x.md")], Tool));
        var run = log.RootElement.GetProperty("runs")[0];
        var results = run.GetProperty("results").EnumerateArray().ToList();

        Assert.Equal(
            "The directory the linted paths are relative to: the working directory of the run.",
            run.GetProperty("originalUriBaseIds").GetProperty("SRCROOT").GetProperty("description").GetProperty("text").GetString());
        Assert.Contains(results, r => r.GetProperty("ruleId").GetString() == "IRP8001");
        Assert.All(results.Where(r => r.GetProperty("ruleId").GetString() == "IRP8001"), r => Assert.Equal("error", r.GetProperty("level").GetString()));
        Assert.All(results.Where(r => r.GetProperty("ruleId").GetString() == "IRP8007"), r => Assert.Equal("warning", r.GetProperty("level").GetString()));
    }

    [Theory]
    [InlineData("./runbooks/db.md", "runbooks/db.md")]
    [InlineData("runbooks//db.md", "runbooks/db.md")]
    [InlineData(".\\runbooks\\.\\ops\\db.md", "runbooks/ops/db.md")]
    [InlineData("/runbooks/db.md", "runbooks/db.md")]
    [InlineData("runbooks/100% sure.md", "runbooks/100%25%20sure.md")]
    public void A_result_URI_drops_empty_and_dot_segments_and_escapes_the_others(string path, string uri)
    {
        using var log = JsonDocument.Parse(DocumentSarif.Write([Analyze("# Notes", path: path)], Tool));
        var result = Assert.Single(log.RootElement.GetProperty("runs")[0].GetProperty("results").EnumerateArray());

        Assert.Equal(uri, result.GetProperty("locations")[0].GetProperty("physicalLocation").GetProperty("artifactLocation").GetProperty("uri").GetString());
    }

    [Fact]
    public void Write_names_the_missing_argument()
    {
        Assert.Throws<System.ArgumentNullException>("analyses", () => DocumentSarif.Write(null!, Tool));
        Assert.Throws<System.ArgumentNullException>("options", () => DocumentSarif.Write([Analyze("# Notes")], null!));
    }

    [Fact]
    public void The_options_take_the_documentation_address_with_or_without_its_final_slash()
    {
        var withSlash = new DocumentSarifOptions("incident-policy", "1.2.3", new System.Uri("https://example.com/docs/"));

        Assert.Equal("https://example.com/docs/", withSlash.DocumentationBaseUri.AbsoluteUri);
        Assert.Equal("https://example.com/docs/", Tool.DocumentationBaseUri.AbsoluteUri);
        using var log = JsonDocument.Parse(DocumentSarif.Write([], withSlash));
        var driver = log.RootElement.GetProperty("runs")[0].GetProperty("tool").GetProperty("driver");
        Assert.Equal("https://example.com/docs/documents.md", driver.GetProperty("informationUri").GetString());
        Assert.Equal("https://example.com/docs/rules/IRP8000.md", driver.GetProperty("rules")[0].GetProperty("helpUri").GetString());
    }

    [Fact]
    public void The_options_refuse_a_blank_name_or_version_and_a_missing_or_relative_address()
    {
        var docs = new System.Uri("https://example.com/docs/");

        Assert.Throws<System.ArgumentException>("toolName", () => new DocumentSarifOptions(" ", "1.2.3", docs));
        Assert.Throws<System.ArgumentNullException>("toolName", () => new DocumentSarifOptions(null!, "1.2.3", docs));
        Assert.Throws<System.ArgumentException>("toolVersion", () => new DocumentSarifOptions("incident-policy", "", docs));
        Assert.Throws<System.ArgumentNullException>("documentationBaseUri", () => new DocumentSarifOptions("incident-policy", "1.2.3", null!));
        var relative = Assert.Throws<System.ArgumentException>("documentationBaseUri", () => new DocumentSarifOptions("incident-policy", "1.2.3", new System.Uri("docs/", System.UriKind.Relative)));
        Assert.StartsWith("The documentation base address must be absolute, got 'docs/'.", relative.Message, System.StringComparison.Ordinal);
    }
}
