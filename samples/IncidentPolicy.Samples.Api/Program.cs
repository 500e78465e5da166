// An ASP.NET Core minimal API over the library: POST an incident record, get the evaluation result back.
using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using System.Threading;
using System.Text.Json;
using IncidentPolicy.Advice;
using IncidentPolicy.Checklist;
using IncidentPolicy.Communications;
using IncidentPolicy.Documents;
using IncidentPolicy.Evaluation;
using IncidentPolicy.Model;
using IncidentPolicy.Reviews;
using IncidentPolicy.Samples.Api;
using IncidentPolicy.Serialization;
using IncidentPolicy.Validation;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using NodaTime;
using NodaTime.Text;

// appsettings.json is read from next to the app, wherever it is started from.
var builder = WebApplication.CreateBuilder(new WebApplicationOptions { Args = args, ContentRootPath = AppContext.BaseDirectory });
builder.Services.AddIncidentPolicy(builder.Configuration); // the policy: defaults + the "IncidentPolicy" section of appsettings.json; IClock
builder.Services.AddProblemDetails();
builder.Services.AddSingleton(services => new ChecklistEngine(services.GetRequiredService<PolicyEngine>()));
var app = builder.Build();

// Incident JSON in (docs/wire-format.md), evaluation JSON out; ?at= optional (ISO-8601), else now from the injected clock.
app.MapPost("/incidents/evaluate", async (HttpRequest request, string? at, PolicyEngine engine, IClock clock, CancellationToken cancellationToken) =>
{
    var instant = clock.GetCurrentInstant();
    if (at is not null)
    {
        var parsed = InstantPattern.ExtendedIso.Parse(at);
        if (!parsed.Success)
        {
            return Problems.BadRequest("The evaluation instant is invalid", [("at", $"'{at}' is not an instant; expected ISO-8601 in UTC such as 2024-03-15T14:00:00Z")]);
        }

        instant = parsed.Value;
    }

    try
    {
        var incident = await IncidentJson.ReadIncidentAsync(request.Body, source: "request body", cancellationToken);
        if (instant < incident.DetectedAt)
        {
            return Problems.BadRequest(
                "The evaluation instant is before the incident's detection",
                [("at", $"{InstantPattern.ExtendedIso.Format(instant)} is before $.detectedAt ({InstantPattern.ExtendedIso.Format(incident.DetectedAt)})")]);
        }

        return Results.Text(IncidentJson.WriteEvaluation(engine.Evaluate(incident, instant)), "application/json", Encoding.UTF8);
    }
    catch (InvalidIncidentException e)
    {
        return Problems.BadRequest("The incident record is invalid", e.Problems);
    }
});

// One of the procedure's messages: incident JSON in, { kind, at, text, missing } out. ?kind= initialAlert|statusUpdate|resolution|customer,
// ?format= text|markdown|slack (default text), ?at= optional, ?withChecklist=true lists the checklist's overdue items; any other query parameter is a field value such as ?currentState=...
var listingComposer = new Lazy<MessageComposer>(() => new MessageComposer(
    app.Services.GetRequiredService<MessageComposer>().Engine, new MessageComposerOptions { ListOverdueChecklistItems = true }));
app.MapPost("/incidents/message", async (HttpRequest request, string? kind, string? format, string? at, MessageComposer composer, IClock clock, CancellationToken cancellationToken) =>
{
    var problems = new List<(string, string)>();
    if (!WireNames.MessageKind.TryParse(kind, out var messageKind))
    {
        problems.Add(("kind", $"'{kind}' is not a message; expected {string.Join(", ", WireNames.MessageKind.Names)}"));
    }

    var messageFormat = MessageFormat.Text;
    if (format is not null && !WireNames.MessageFormat.TryParse(format, out messageFormat))
    {
        problems.Add(("format", $"'{format}' is not a format; expected {string.Join(", ", WireNames.MessageFormat.Names)}"));
    }

    var instant = clock.GetCurrentInstant();
    if (at is not null)
    {
        var parsed = InstantPattern.ExtendedIso.Parse(at);
        if (parsed.Success)
        {
            instant = parsed.Value;
        }
        else
        {
            problems.Add(("at", $"'{at}' is not an instant; expected ISO-8601 in UTC such as 2024-03-15T14:00:00Z"));
        }
    }

    // ?withChecklist=true: the status update also lists the incident checklist's overdue items.
    var withChecklist = false;
    if (request.Query.TryGetValue("withChecklist", out var listing) && !bool.TryParse(listing.ToString(), out withChecklist))
    {
        problems.Add(("withChecklist", $"'{listing}' is not a boolean; expected true or false"));
    }

    var values = new Dictionary<string, string>(StringComparer.Ordinal);
    foreach (var (name, value) in request.Query)
    {
        if (name is "kind" or "format" or "at" or "withChecklist")
        {
            continue;
        }

        if (MessageFields.All.Contains(name, StringComparer.Ordinal))
        {
            values[name] = value.ToString();
        }
        else
        {
            problems.Add((name, $"unknown field '{name}'; the fields are {string.Join(", ", MessageFields.All)}"));
        }
    }

    if (problems.Count > 0)
    {
        return Problems.BadRequest("The message request is invalid", problems);
    }

    try
    {
        var incident = await IncidentJson.ReadIncidentAsync(request.Body, source: "request body", cancellationToken);
        if (instant < incident.DetectedAt)
        {
            return Problems.BadRequest(
                "The message instant is before the incident's detection",
                [("at", $"{InstantPattern.ExtendedIso.Format(instant)} is before $.detectedAt ({InstantPattern.ExtendedIso.Format(incident.DetectedAt)})")]);
        }

        composer = withChecklist ? listingComposer.Value : composer;
        return Results.Text(MessageJson.Write(composer.Compose(incident, instant, messageKind, messageFormat, values)), "application/json", Encoding.UTF8);
    }
    catch (InvalidIncidentException e)
    {
        return Problems.BadRequest("The incident record is invalid", e.Problems);
    }
});

// A review's draft: incident JSON in, the Markdown of the procedure's review template out (people by role title); ?at= as above.
app.MapPost("/reviews/draft", async (HttpRequest request, string? at, PolicyEngine engine, IClock clock, CancellationToken cancellationToken) =>
{
    if (Instants.Read(at, clock) is not { } instant)
    {
        return Problems.BadRequest("The analysis instant is invalid", [("at", $"'{at}' is not an instant; expected ISO-8601 in UTC such as 2024-03-16T12:00:00Z")]);
    }

    try
    {
        var incident = await IncidentJson.ReadIncidentAsync(request.Body, source: "request body", cancellationToken);
        return instant < incident.DetectedAt
            ? Problems.BadRequest("The analysis instant is before the incident's detection", [("at", $"{InstantPattern.ExtendedIso.Format(instant)} is before $.detectedAt")])
            : Results.Text(ReviewDraft.Write(engine, incident, instant), "text/markdown", Encoding.UTF8);
    }
    catch (InvalidIncidentException e)
    {
        return Problems.BadRequest("The incident record is invalid", e.Problems);
    }
});

// Checks an edited review before it is published: { "review": "<markdown>", "incident": { ...record... } } in
// (the incident optional: with it, the names, the deadline and the severity are cross-checked), the findings out.
app.MapPost("/reviews/lint", async (HttpRequest request, string? at, PolicyEngine engine, IClock clock, CancellationToken cancellationToken) =>
{
    if (Instants.Read(at, clock) is not { } instant)
    {
        return Problems.BadRequest("The analysis instant is invalid", [("at", $"'{at}' is not an instant; expected ISO-8601 in UTC such as 2024-03-16T12:00:00Z")]);
    }

    JsonDocument body;
    try
    {
        body = await JsonDocument.ParseAsync(request.Body, cancellationToken: cancellationToken);
    }
    catch (JsonException e)
    {
        return Problems.BadRequest("The request is not JSON", [($"line {e.LineNumber + 1}, position {e.BytePositionInLine + 1}", "expected { \"review\": \"<markdown>\", \"incident\": { ... } }")]);
    }

    using var disposeBody = body;
    if (body.RootElement.ValueKind != JsonValueKind.Object
        || !body.RootElement.TryGetProperty("review", out var review) || review.ValueKind != JsonValueKind.String)
    {
        return Problems.BadRequest("The request is invalid", [("$.review", "expected the review's Markdown as a string")]);
    }

    try
    {
        DocumentIncident? incident = null;
        if (body.RootElement.TryGetProperty("incident", out var record))
        {
            var read = IncidentJson.ReadIncident(record.GetRawText(), source: "$.incident");
            incident = new DocumentIncident(read, engine.Evaluate(read, instant));
        }

        var analysis = DocumentAnalyzer.Analyze(
            "review.md", review.GetString()!, new DocumentAnalysisOptions(instant) { Policy = engine.Policy, Kind = DocumentKind.Review, Incident = incident });
        return Results.Ok(analysis.Findings.Select(f => new ReviewFinding(
            f.Id, WireNames.DiagnosticSeverity.Name(f.Severity), f.Position.Line, f.Position.Column, f.Message, f.IsSuppressed)));
    }
    catch (InvalidIncidentException e)
    {
        return Problems.BadRequest("The incident record is invalid", e.Problems);
    }
});

// The rule catalogue with the severities in force after the configured overrides.
app.MapGet("/rules", (PolicyEngine engine) => engine.EffectiveSeverities.Select(p => new RuleInfo(
    p.Key.Id, p.Key.Title, p.Key.Category, WireNames.RuleSeverity.Name(p.Key.DefaultSeverity), WireNames.RuleSeverity.Name(p.Value), p.Key.IsConfigurable, p.Key.HelpLink)));

// The incident checklist at ?at= (else now): each item's state, due instant and evidence, and nextChangeAt (docs/checklist.md).
app.MapPost("/incidents/checklist", (HttpRequest request, string? at, ChecklistEngine checklist, IClock clock, CancellationToken cancellationToken) =>
    WithIncident(request, at, clock, cancellationToken, (incident, instant) => ChecklistJson.WriteReport(checklist.Report(incident, instant))));

// The investigation advice at ?at= (else now): the next step, the hypotheses ranked, the mitigations (docs/checklist.md).
app.MapPost("/incidents/advise", (HttpRequest request, string? at, PolicyEngine engine, IClock clock, CancellationToken cancellationToken) =>
    WithIncident(request, at, clock, cancellationToken, (incident, instant) => ChecklistJson.WriteAdvice(new Advisor(engine.Policy.Advisor).Advise(incident, instant))));

// The checklist's items, in order, and the advisor's tables in force.
app.MapGet("/checklist/items", () => ChecklistItems.All);
app.MapGet("/advisor/tables", (PolicyEngine engine) => engine.Policy.Advisor);

app.Run();

// Reads the incident of the request body and the instant of ?at= (else now), and writes what run makes of them; a bad input is a 400 problem.
static async System.Threading.Tasks.Task<IResult> WithIncident(
    HttpRequest request, string? at, IClock clock, CancellationToken cancellationToken, Func<IncidentRecord, Instant, string> run)
{
    var instant = clock.GetCurrentInstant();
    if (at is not null)
    {
        var parsed = InstantPattern.ExtendedIso.Parse(at);
        if (!parsed.Success)
        {
            return Problems.BadRequest("The instant is invalid", [("at", $"'{at}' is not an instant; expected ISO-8601 in UTC such as 2024-03-15T14:00:00Z")]);
        }

        instant = parsed.Value;
    }

    try
    {
        var incident = await IncidentJson.ReadIncidentAsync(request.Body, source: "request body", cancellationToken);
        if (instant < incident.DetectedAt)
        {
            return Problems.BadRequest(
                "The instant is before the incident's detection",
                [("at", $"{InstantPattern.ExtendedIso.Format(instant)} is before $.detectedAt ({InstantPattern.ExtendedIso.Format(incident.DetectedAt)})")]);
        }

        return Results.Text(run(incident, instant), "application/json", Encoding.UTF8);
    }
    catch (InvalidIncidentException e)
    {
        return Problems.BadRequest("The incident record is invalid", e.Problems);
    }
}
