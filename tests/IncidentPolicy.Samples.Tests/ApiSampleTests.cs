using System;
using System.Linq;
using System.Net;
using System.Net.Http;
using System.Net.Sockets;
using System.Text;
using System.Text.Json;
using System.Threading.Tasks;
using IncidentPolicy.Evaluation;
using IncidentPolicy.Samples.Tests.Support;
using IncidentPolicy.Serialization;
using NodaTime;
using NodaTime.Text;
using Xunit;

namespace IncidentPolicy.Samples.Tests;

/// <summary>The API sample, started once for these tests on a free loopback port.</summary>
public sealed class ApiSampleFixture : IAsyncLifetime
{
    private SampleProcess? _process;

    public HttpClient Client { get; } = new() { Timeout = TimeSpan.FromSeconds(30) };

    public async Task InitializeAsync()
    {
        var port = FreeLoopbackPort();
        Client.BaseAddress = new Uri($"http://127.0.0.1:{port}");
        _process = SampleProcess.Start("IncidentPolicy.Samples.Api", ["--urls", Client.BaseAddress.ToString()]);
        await SampleProcess.WaitUntilAsync(
            () => _process.HasExited || Answers("/rules"), TimeSpan.FromSeconds(30), () => _process.Output);
        Assert.False(_process.HasExited, _process.Output);
    }

    public Task DisposeAsync()
    {
        _process?.Dispose();
        Client.Dispose();
        return Task.CompletedTask;
    }

    private bool Answers(string path)
    {
        try
        {
            using var response = Client.GetAsync(new Uri(path, UriKind.Relative)).GetAwaiter().GetResult();
            return response.IsSuccessStatusCode;
        }
        catch (HttpRequestException)
        {
            return false;
        }
    }

    private static int FreeLoopbackPort()
    {
        var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return port;
    }
}

/// <summary>samples/IncidentPolicy.Samples.Api: <c>POST /incidents/evaluate</c> and <c>GET /rules</c> over HTTP.</summary>
public sealed class ApiSampleTests(ApiSampleFixture api) : IClassFixture<ApiSampleFixture>
{
    private static StringContent Json(string text) => new(text, Encoding.UTF8, "application/json");

    [Fact]
    public async Task Evaluate_returns_the_librarys_evaluation_json_at_the_given_instant()
    {
        using var response = await api.Client.PostAsync(
            new Uri("/incidents/evaluate?at=2024-03-15T17:00:00Z", UriKind.Relative), Json(Repository.SampleIncident("p2-climbs-to-p0.json")));

        var incident = IncidentJson.ReadIncident(Repository.SampleIncident("p2-climbs-to-p0.json"));
        var policy = new PolicyEngine(Incidents.ApiPolicy());
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(IncidentJson.WriteEvaluation(policy.Evaluate(incident, Instant.FromUtc(2024, 3, 15, 17, 0))), await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Message_with_checklist_lists_the_overdue_checklist_items_as_the_library_does()
    {
        using var response = await api.Client.PostAsync(
            new Uri("/incidents/message?kind=statusUpdate&at=2024-03-15T14:44:00Z&withChecklist=true", UriKind.Relative),
            Json(Repository.SampleIncident("payments-down-p1.json")));
        using var refused = await api.Client.PostAsync(
            new Uri("/incidents/message?kind=statusUpdate&withChecklist=yes", UriKind.Relative), Json(Repository.SampleIncident("payments-down-p1.json")));

        var incident = IncidentJson.ReadIncident(Repository.SampleIncident("payments-down-p1.json"));
        var composer = new IncidentPolicy.Communications.MessageComposer(
            new PolicyEngine(Incidents.ApiPolicy()), new IncidentPolicy.Communications.MessageComposerOptions { ListOverdueChecklistItems = true });
        var expected = MessageJson.Write(composer.Compose(incident, Instant.FromUtc(2024, 3, 15, 14, 44), IncidentPolicy.Communications.MessageKind.StatusUpdate));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(expected, await response.Content.ReadAsStringAsync());
        Assert.Contains("Overdue checklist items:", expected, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Contains("'yes' is not a boolean", await refused.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Message_returns_the_librarys_message_json_with_the_query_values_escaped_for_slack()
    {
        using var response = await api.Client.PostAsync(
            new Uri("/incidents/message?kind=statusUpdate&format=slack&at=2024-03-15T14:30:00Z&currentState=Rolled%20back%20%40here", UriKind.Relative),
            Json(Repository.SampleIncident("payments-down-p1.json")));

        var incident = IncidentJson.ReadIncident(Repository.SampleIncident("payments-down-p1.json"));
        var composer = new IncidentPolicy.Communications.MessageComposer(new PolicyEngine(Incidents.ApiPolicy()));
        var expected = composer.Compose(
            incident, Instant.FromUtc(2024, 3, 15, 14, 30), IncidentPolicy.Communications.MessageKind.StatusUpdate, IncidentPolicy.Communications.MessageFormat.Slack,
            new System.Collections.Generic.Dictionary<string, string> { ["currentState"] = "Rolled back @here" });
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(MessageJson.Write(expected), await response.Content.ReadAsStringAsync());
        Assert.Contains("@\u200Bhere", MessageJson.Write(expected), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Message_with_an_unknown_kind_or_field_is_a_400_listing_each()
    {
        using var response = await api.Client.PostAsync(
            new Uri("/incidents/message?kind=tweet&curentState=x", UriKind.Relative), Json(Repository.SampleIncident("payments-down-p1.json")));

        var body = await response.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("'tweet' is not a message", body, StringComparison.Ordinal);
        Assert.Contains("unknown field 'curentState'", body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Without_at_it_evaluates_now_from_the_injected_clock()
    {
        var before = SystemClock.Instance.GetCurrentInstant();
        using var response = await api.Client.PostAsync(new Uri("/incidents/evaluate", UriKind.Relative), Json(Repository.SampleIncident("payments-down-p1.json")));
        var after = SystemClock.Instance.GetCurrentInstant();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var document = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var evaluatedAt = InstantPattern.ExtendedIso.Parse(document.RootElement.GetProperty("evaluatedAt").GetString()!).Value;
        Assert.InRange(evaluatedAt, before, after);
    }

    [Theory]
    [InlineData("{ \"id\": \"INC-1\", ", "", "$", "malformed JSON at line 1")]
    [InlineData("""{ "id": "INC-1", "detectedAt": "2024-03-15T10:00:00Z", "events": [ { "type": "exploded", "at": "2024-03-15T10:05:00Z" } ] }""", "", "$.events[0].type", "unknown event type \"exploded\"")]
    [InlineData("""{ "id": "INC-1", "detectedAt": "2024-03-15T10:00:00Z" }""", "?at=yesterday", "at", "'yesterday' is not an instant")]
    [InlineData("""{ "id": "INC-1", "detectedAt": "2024-03-15T10:00:00Z" }""", "?at=2024-03-15T09:00:00Z", "at", "is before $.detectedAt")]
    public async Task Bad_input_is_a_400_problem_details_listing_each_problems_path_and_message(string body, string query, string path, string message)
    {
        using var response = await api.Client.PostAsync(new Uri("/incidents/evaluate" + query, UriKind.Relative), Json(body));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        using var document = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal(400, document.RootElement.GetProperty("status").GetInt32());
        var problem = Assert.Single(document.RootElement.GetProperty("problems").EnumerateArray());
        Assert.Equal(path, problem.GetProperty("path").GetString());
        Assert.Contains(message, problem.GetProperty("message").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Every_problem_of_a_record_is_listed()
    {
        using var response = await api.Client.PostAsync(new Uri("/incidents/evaluate", UriKind.Relative), Json("""{ "events": [ { "type": "acknowledged" } ] }"""));

        using var document = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal(
            ["$.id", "$.detectedAt", "$.events[0].at"],
            document.RootElement.GetProperty("problems").EnumerateArray().Select(p => p.GetProperty("path").GetString()));
    }

    [Fact]
    public async Task Rules_lists_the_catalogue_with_the_severities_configured_in_appsettings()
    {
        using var document = JsonDocument.Parse(await api.Client.GetStringAsync(new Uri("/rules", UriKind.Relative)));

        var rules = document.RootElement.EnumerateArray().ToDictionary(r => r.GetProperty("id").GetString()!, r => r);
        Assert.Equal(PolicyEngine.Default.Rules.Select(r => r.Id), rules.Keys);
        Assert.Equal("error", rules["IRP7001"].GetProperty("severity").GetString()); // "categories": { "Review": ... } in appsettings.json
        Assert.Equal("warning", rules["IRP7001"].GetProperty("defaultSeverity").GetString());
        Assert.Equal("warning", rules["IRP3001"].GetProperty("severity").GetString());
        Assert.Equal("Unresolved incidents escalate", rules["IRP3001"].GetProperty("title").GetString());
        Assert.False(rules["IRP1001"].GetProperty("configurable").GetBoolean());
    }
}
