using System;
using System.Linq;
using System.Net;
using System.Net.Http;
using System.Text;
using System.Text.Json;
using System.Threading.Tasks;
using IncidentPolicy.Advice;
using IncidentPolicy.Checklist;
using IncidentPolicy.Communications;
using IncidentPolicy.Documents;
using IncidentPolicy.Evaluation;
using IncidentPolicy.Reviews;
using IncidentPolicy.Samples.Tests.Support;
using IncidentPolicy.Serialization;
using NodaTime;
using Xunit;

namespace IncidentPolicy.Samples.Tests;

/// <summary>
/// samples/IncidentPolicy.Samples.Api beyond the evaluation: the review draft and lint, the messages, the
/// checklist and the advice, each answering what the library answers for a good request and a 400 problem
/// naming the place for a bad one.
/// </summary>
public sealed class ApiSampleDocumentEndpointTests(ApiSampleFixture api) : IClassFixture<ApiSampleFixture>
{
    private const string Sample = "payments-down-p1.json";

    private static readonly Instant ReviewedAt = Instant.FromUtc(2024, 3, 16, 12, 0);

    private static PolicyEngine Engine { get; } = new(Incidents.ApiPolicy());

    private static Model.IncidentRecord Incident => IncidentJson.ReadIncident(Repository.SampleIncident(Sample));

    private static StringContent Json(string text) => new(text, Encoding.UTF8, "application/json");

    private async Task<HttpResponseMessage> PostAsync(string path, string body) =>
        await api.Client.PostAsync(new Uri(path, UriKind.Relative), Json(body));

    /// <summary>Asserts a 400 problem-details answer whose problems include one at <paramref name="path"/> saying <paramref name="message"/>.</summary>
    private static async Task AssertProblemAsync(HttpResponseMessage response, string path, string message)
    {
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.BadRequest, $"{response.StatusCode}: {text}");
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        using var document = JsonDocument.Parse(text);
        Assert.Contains(
            document.RootElement.GetProperty("problems").EnumerateArray(),
            p => p.GetProperty("path").GetString() == path && p.GetProperty("message").GetString()!.Contains(message, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Review_draft_returns_the_librarys_markdown_draft_at_the_given_instant()
    {
        using var response = await PostAsync("/reviews/draft?at=2024-03-16T12:00:00Z", Repository.SampleIncident(Sample));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/markdown", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(ReviewDraft.Write(Engine, Incident, ReviewedAt), await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Review_draft_at_an_instant_before_detection_is_a_400_naming_at()
    {
        using var response = await PostAsync("/reviews/draft?at=2024-03-14T12:00:00Z", Repository.SampleIncident(Sample));

        await AssertProblemAsync(response, "at", "is before $.detectedAt");
    }

    [Fact]
    public async Task Review_lint_of_a_draft_with_its_incident_returns_the_librarys_findings_only_placeholders()
    {
        var draft = ReviewDraft.Write(Engine, Incident, ReviewedAt);
        var body = $$"""{ "review": {{JsonSerializer.Serialize(draft)}}, "incident": {{Repository.SampleIncident(Sample)}} }""";

        using var response = await PostAsync("/reviews/lint?at=2024-03-16T12:00:00Z", body);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var document = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var findings = document.RootElement.EnumerateArray().ToList();
        var expected = DocumentAnalyzer.Analyze(
            "review.md", draft, new DocumentAnalysisOptions(ReviewedAt) { Policy = Engine.Policy, Kind = DocumentKind.Review, Incident = new DocumentIncident(Incident, Engine.Evaluate(Incident, ReviewedAt)) });
        Assert.NotEmpty(findings);
        Assert.Equal(
            expected.Findings.Select(f => $"{f.Id} {f.Position.Line}:{f.Position.Column} {f.Message}"),
            findings.Select(f => $"{f.GetProperty("id").GetString()} {f.GetProperty("line").GetInt32()}:{f.GetProperty("column").GetInt32()} {f.GetProperty("message").GetString()}"));
        Assert.All(findings, f => Assert.Equal("IRP8009", f.GetProperty("id").GetString()));
    }

    [Fact]
    public async Task Review_lint_without_the_review_text_is_a_400_naming_review()
    {
        using var response = await PostAsync("/reviews/lint", """{ "review": 42 }""");

        await AssertProblemAsync(response, "$.review", "expected the review's Markdown as a string");
    }

    [Fact]
    public async Task Review_lint_of_a_body_that_is_not_JSON_is_a_400_naming_where_it_breaks()
    {
        using var response = await PostAsync("/reviews/lint", """{ "review": """);

        await AssertProblemAsync(response, "line 1, position 13", "expected { \"review\"");
    }

    [Fact]
    public async Task Review_lint_with_an_invalid_incident_is_a_400_naming_the_incidents_place()
    {
        using var response = await PostAsync("/reviews/lint", """{ "review": "# Post-Incident Review", "incident": { "id": "INC-1" } }""");

        await AssertProblemAsync(response, "$.detectedAt", string.Empty);
    }

    [Fact]
    public async Task Message_in_markdown_returns_the_librarys_message_json()
    {
        using var response = await PostAsync("/incidents/message?kind=initialAlert&format=markdown&at=2024-03-15T14:30:00Z", Repository.SampleIncident(Sample));

        var expected = new MessageComposer(Engine).Compose(
            Incident, Instant.FromUtc(2024, 3, 15, 14, 30), MessageKind.InitialAlert, MessageFormat.Markdown, new System.Collections.Generic.Dictionary<string, string>());
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(MessageJson.Write(expected), await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Message_at_an_instant_that_is_not_one_is_a_400_naming_at()
    {
        using var response = await PostAsync("/incidents/message?kind=initialAlert&at=yesterday", Repository.SampleIncident(Sample));

        await AssertProblemAsync(response, "at", "'yesterday' is not an instant");
    }

    [Fact]
    public async Task Checklist_returns_the_librarys_checklist_report_at_the_given_instant()
    {
        using var response = await PostAsync("/incidents/checklist?at=2024-03-15T14:30:00Z", Repository.SampleIncident(Sample));

        var expected = ChecklistJson.WriteReport(new ChecklistEngine(Engine).Report(Incident, Instant.FromUtc(2024, 3, 15, 14, 30)));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(expected, await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Checklist_of_an_invalid_record_is_a_400_listing_each_problem()
    {
        using var response = await PostAsync("/incidents/checklist", """{ "events": [ { "type": "acknowledged" } ] }""");

        await AssertProblemAsync(response, "$.id", string.Empty);
        using var document = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal(
            ["$.id", "$.detectedAt", "$.events[0].at"],
            document.RootElement.GetProperty("problems").EnumerateArray().Select(p => p.GetProperty("path").GetString()));
    }

    [Fact]
    public async Task Advise_returns_the_librarys_advice_at_the_given_instant()
    {
        using var response = await PostAsync("/incidents/advise?at=2024-03-15T14:30:00Z", Repository.SampleIncident(Sample));

        var expected = ChecklistJson.WriteAdvice(new Advisor(Engine.Policy.Advisor).Advise(Incident, Instant.FromUtc(2024, 3, 15, 14, 30)));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(expected, await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Advise_at_an_instant_before_detection_is_a_400_naming_at()
    {
        using var response = await PostAsync("/incidents/advise?at=2024-03-14T12:00:00Z", Repository.SampleIncident(Sample));

        await AssertProblemAsync(response, "at", "is before $.detectedAt");
    }
}
