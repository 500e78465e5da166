// An ASP.NET Core minimal API over the library: POST an incident record, get the evaluation result back.
using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using System.Threading;
using IncidentPolicy.Communications;
using IncidentPolicy.Evaluation;
using IncidentPolicy.Model;
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
// ?format= text|markdown|slack (default text), ?at= optional; any other query parameter is a field value such as ?currentState=...
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

    var values = new Dictionary<string, string>(StringComparer.Ordinal);
    foreach (var (name, value) in request.Query)
    {
        if (name is "kind" or "format" or "at")
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

        return Results.Text(MessageJson.Write(composer.Compose(incident, instant, messageKind, messageFormat, values)), "application/json", Encoding.UTF8);
    }
    catch (InvalidIncidentException e)
    {
        return Problems.BadRequest("The incident record is invalid", e.Problems);
    }
});

// The rule catalogue with the severities in force after the configured overrides.
app.MapGet("/rules", (PolicyEngine engine) => engine.EffectiveSeverities.Select(p => new RuleInfo(
    p.Key.Id, p.Key.Title, p.Key.Category, WireNames.RuleSeverity.Name(p.Key.DefaultSeverity), WireNames.RuleSeverity.Name(p.Value), p.Key.IsConfigurable, p.Key.HelpLink)));

app.Run();
