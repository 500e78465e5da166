using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using IncidentPolicy.Documents;
using IncidentPolicy.Evaluation;
using IncidentPolicy.Policy;
using IncidentPolicy.Reviews;
using IncidentPolicy.Serialization;
using IncidentPolicy.Tests.Support;
using NodaTime;
using Xunit;

namespace IncidentPolicy.Tests.Concurrency;

/// <summary>
/// The document analyzers (runbooks and reviews, with and without the incident's record) and the review draft, used
/// from 16 threads at once with one policy and one engine, report what they report one at a time, to the byte.
/// </summary>
public sealed class DocumentConcurrencyTests
{
    private static readonly Instant At = Instant.FromUtc(2024, 4, 2, 12, 0);

    private static readonly DocumentSarifOptions Sarif = new("incident-policy", "1.0.0", new Uri("https://example.com/docs/rules/"));

    [Fact]
    public void Documents_analysed_on_16_threads_give_the_findings_of_documents_analysed_one_at_a_time()
    {
        var engine = new PolicyEngine(ResponsePolicy.Default);
        var cases = Documents().SelectMany(d => ConcurrencyInputs.Records.Take(8).Select(r => (Document: d, Incident: r)).Prepend((Document: d, Incident: null!)))
            .Select(c => new Lint(c.Document.Path, c.Document.Text, c.Incident is null ? null : new DocumentIncident(c.Incident, engine.Evaluate(c.Incident, At))))
            .ToList();

        SixteenThreads.AgreeWithOneAtATime(cases, Analyse);
    }

    [Fact]
    public void Review_drafts_written_on_16_threads_and_linted_are_the_drafts_written_one_at_a_time()
    {
        var shared = new PolicyEngine(ResponsePolicy.Default);
        var own = new PolicyEngine(ResponsePolicy.Default);
        var cases = ConcurrencyInputs.Instants(4).Select(c => c with { At = c.At + Duration.FromHours(6) }).ToList();

        SixteenThreads.AgreeWithOneAtATime(cases, c => DraftAndLint(shared, c), c => DraftAndLint(own, c));
    }

    // The draft, then what the review rules say about it with the incident's record.
    private static string DraftAndLint(PolicyEngine engine, IncidentAt c)
    {
        var draft = ReviewDraft.Write(engine, c.Incident, c.At);
        return draft + "\n---\n" + Analyse(new Lint($"reviews/{c.Incident.Id}.md", draft, new DocumentIncident(c.Incident, engine.Evaluate(c.Incident, c.At))));
    }

    private static string Analyse(Lint c)
    {
        var analysis = DocumentAnalyzer.Analyze(c.Path, c.Text, new DocumentAnalysisOptions(c.Incident?.Evaluation.EvaluatedAt ?? At) { Incident = c.Incident });
        return string.Join("\n", analysis.Findings.Select(f => $"{f}{(f.IsSuppressed ? " (suppressed)" : "")}")) + "\n" + DocumentSarif.Write([analysis], Sarif);
    }

    // The sample runbooks and reviews and the test fixtures, with their line ends as LF.
    private static IEnumerable<(string Path, string Text)> Documents() =>
        new[] { Repository.PathOf("samples", "runbooks"), Repository.PathOf("samples", "reviews"), Repository.PathOf("tests", "IncidentPolicy.Tests", "Documents", "Fixtures") }
            .SelectMany(folder => Directory.GetFiles(folder, "*.md", SearchOption.AllDirectories))
            .Order(StringComparer.Ordinal)
            .Select(file => (Path.GetRelativePath(Repository.Root, file).Replace('\\', '/'), File.ReadAllText(file).ReplaceLineEndings("\n")));

    /// <summary>A document to analyse, with the incident it is about or none.</summary>
    internal sealed record Lint(string Path, string Text, DocumentIncident? Incident)
    {
        public override string ToString() => $"{Path} about {Incident?.Record.Id ?? "no incident"}";
    }
}
