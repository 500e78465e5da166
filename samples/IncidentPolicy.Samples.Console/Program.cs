// The library embedded in a console app: read an incident record, evaluate it, print what the policy says.
// Usage: dotnet run --project samples/IncidentPolicy.Samples.Console -- [incident.json] [instant]
using System;
using System.IO;
using IncidentPolicy.Evaluation;
using IncidentPolicy.Serialization;
using NodaTime;
using NodaTime.Text;

var path = args.Length > 0 ? args[0] : Path.Combine(AppContext.BaseDirectory, "incidents", "p2-climbs-to-p0.json");
var at = args.Length > 1 ? InstantPattern.ExtendedIso.Parse(args[1]).Value : Instant.FromUtc(2024, 3, 15, 17, 0); // a fixed example instant

var incident = IncidentJson.ReadIncident(File.ReadAllText(path), source: path); // InvalidIncidentException lists every problem
var result = PolicyEngine.Default.Evaluate(incident, at);

Console.WriteLine($"{result.IncidentId} at {result.EvaluatedAt}: {result.Severity} (peak {result.PeakSeverity}), {result.Status}, {result.Channel}");
Console.WriteLine($"  deadlines: {result.Deadlines}");
foreach (var n in result.Notifications) Console.WriteLine($"  notify {n.Recipient} by {n.Channel} (key {n.Key}): {n.Reason}");
foreach (var d in result.Diagnostics) Console.WriteLine($"  {d.Id} {d.Severity}: {d.Message}");
Console.WriteLine($"  next evaluation: {result.NextEvaluationAt?.ToString() ?? "never"}");
