namespace IncidentPolicy.Samples.Api;

/// <summary>A finding of <c>POST /reviews/lint</c>: the rule, its severity in force, where (1-based) and what.</summary>
internal sealed record ReviewFinding(string Id, string Severity, int Line, int Column, string Message, bool Suppressed);
