// A program outside the solution that uses IncidentPolicy as a user would: from the packed package.
using IncidentPolicy.Evaluation;
using IncidentPolicy.Serialization;
using NodaTime;

var incident = IncidentJson.ReadIncident(File.ReadAllText(args[0]), Path.GetFileName(args[0]));
var result = PolicyEngine.Default.Evaluate(incident, incident.DetectedAt + Duration.FromHours(6));
Console.WriteLine(IncidentJson.WriteEvaluation(result));
return result.Severity.Name == "P0" && result.Notifications.Length == 6 ? 0 : 1;
