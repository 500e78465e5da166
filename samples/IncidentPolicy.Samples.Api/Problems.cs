using System.Collections.Generic;
using System.Linq;
using IncidentPolicy.Validation;
using Microsoft.AspNetCore.Http;

namespace IncidentPolicy.Samples.Api;

/// <summary>Bad input as RFC 7807 problem details, with every problem's JSON path and message under <c>problems</c>.</summary>
internal static class Problems
{
    public static IResult BadRequest(string title, IEnumerable<ValidationProblem> problems) =>
        BadRequest(title, problems.Select(p => (p.Path, p.Message)));

    /// <summary>Bad input whose place is not in a document, such as a query parameter.</summary>
    public static IResult BadRequest(string title, IEnumerable<(string Path, string Message)> problems) => Results.Problem(
        title: title,
        statusCode: StatusCodes.Status400BadRequest,
        detail: "See 'problems': each has the JSON path of the place (or the query parameter) and what was expected.",
        extensions: new Dictionary<string, object?> { ["problems"] = problems.Select(p => new { path = p.Path, message = p.Message }).ToList() });
}

/// <summary>One rule of <c>GET /rules</c>.</summary>
internal sealed record RuleInfo(string Id, string Title, string Category, string DefaultSeverity, string Severity, bool Configurable, string HelpLink);
