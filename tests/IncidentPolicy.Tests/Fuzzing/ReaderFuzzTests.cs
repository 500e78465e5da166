using System;
using System.IO;
using System.Linq;
using System.Text;
using IncidentPolicy.Communications;
using IncidentPolicy.Documents;
using IncidentPolicy.Evaluation;
using IncidentPolicy.Model;
using IncidentPolicy.Policy;
using IncidentPolicy.Policy.Checks;
using IncidentPolicy.Serialization;
using IncidentPolicy.Tests.Support;
using IncidentPolicy.Validation;
using NodaTime;
using Xunit;
using Xunit.Abstractions;

namespace IncidentPolicy.Tests.Fuzzing;

/// <summary>
/// Every reader, given mutated valid inputs, either reads them or throws only the exception its XML docs name, with
/// every problem located; nothing else escapes and nothing hangs. What a reader accepts is used as a user would use it
/// next (written back and read again, evaluated, analysed, rendered), and that must hold too.
/// </summary>
public sealed class ReaderFuzzTests(ITestOutputHelper output)
{
    [Theory]
    [InlineData(null)]
    [InlineData(1663387150)]
    [InlineData(1674624211)]
    [InlineData(1685235671)]
    [InlineData(1692259824)]
    [InlineData(1696860763)]
    public void Incident_records_are_read_or_refused_with_located_problems(int? found) =>
        FuzzRunner.Run("incident record", new Mutator(Seeds.Incidents, JsonMutations.Tokens, JsonMutations.Operators), c =>
        {
            IncidentRecord incident;
            try
            {
                incident = (c.Seed & 3) switch
                {
                    0 => IncidentJson.ReadIncident(Encoding.UTF8.GetString(c.Input)),
                    1 => Engines.Default.ReadIncident(Encoding.UTF8.GetString(c.Input)),
                    _ => IncidentJson.ReadIncident(new MemoryStream(c.Input), "fuzzed.json", new IncidentReadOptions { Policy = ResponsePolicy.Default }),
                };
            }
            catch (InvalidIncidentException e)
            {
                FuzzRunner.Located(e);
                return;
            }

            var written = IncidentJson.WriteIncident(incident);
            Assert.Equal(written, IncidentJson.WriteIncident(IncidentJson.ReadIncident(written)));
            var last = incident.Events.Select(e => e.At).Append(incident.DetectedAt).Max();
            try
            {
                _ = Engines.Default.Evaluate(incident, last);
            }
            catch (InvalidIncidentException e)
            {
                FuzzRunner.Located(e);
            }
        },
        output,
        found);

    [Theory]
    [InlineData(null)]
    [InlineData(1694429630)]
    public void Policy_documents_are_read_or_refused_with_located_problems(int? found) =>
        FuzzRunner.Run("policy document", new Mutator(Seeds.Policies, JsonMutations.Tokens, JsonMutations.Operators), c =>
        {
            ResponsePolicy policy;
            try
            {
                policy = (c.Seed & 1) == 0
                    ? PolicyJson.ReadOverride(Encoding.UTF8.GetString(c.Input))
                    : PolicyJson.ReadOverride(new MemoryStream(c.Input), source: "fuzzed.json");
            }
            catch (InvalidPolicyException e)
            {
                FuzzRunner.Located(e);
                return;
            }

            var written = PolicyJson.Write(policy);
            Assert.Equal(written, PolicyJson.Write(PolicyJson.Read(written)));
            _ = PolicyAnalyzer.Analyze(policy);
        },
        output,
        found);

    [Fact]
    public void Checkpoints_are_read_or_refused_with_located_problems_and_resuming_from_a_read_one_never_fails() =>
        FuzzRunner.Run("checkpoint", new Mutator(Seeds.Checkpoints, JsonMutations.Tokens, JsonMutations.Operators), c =>
        {
            EvaluationCheckpoint checkpoint;
            try
            {
                checkpoint = CheckpointJson.Read(Encoding.UTF8.GetString(c.Input), "fuzzed.json");
            }
            catch (InvalidCheckpointException e)
            {
                FuzzRunner.Located(e);
                return;
            }

            _ = CheckpointJson.Write(checkpoint);
            var (incident, at) = Seeds.SampleIncidents[(c.Seed & 0x7FFFFFFF) % Seeds.SampleIncidents.Length];
            // A checkpoint is the host's own storage, trusted as written (docs/limits.md): an edited one may change the
            // result, but whatever it holds, resuming from it never fails.
            _ = Engines.Default.EvaluateWithCheckpoint(incident, at + Duration.FromMinutes(30), checkpoint);
        },
        output);

    [Fact]
    public void Evaluation_results_are_read_or_refused_with_located_problems() =>
        FuzzRunner.Run("evaluation result", new Mutator(Seeds.Evaluations, JsonMutations.Tokens, JsonMutations.Operators), c =>
        {
            try
            {
                var evaluation = IncidentJson.ReadEvaluation(Encoding.UTF8.GetString(c.Input), Engines.Default, "fuzzed.json");
                _ = IncidentJson.WriteEvaluation(evaluation);
            }
            catch (InvalidEvaluationException e)
            {
                FuzzRunner.Located(e);
            }
        },
        output);

    [Theory]
    [InlineData(null)]
    [InlineData(1642473071)]
    [InlineData(1663434664)]
    [InlineData(1666230071)]
    [InlineData(1676105064)]
    [InlineData(1711898944)]
    public void Markdown_documents_are_analysed_with_every_finding_inside_the_text(int? found) =>
        FuzzRunner.Run("Markdown document", new Mutator(Seeds.Markdown, TextMutations.MarkdownTokens, TextMutations.LineOperators), c =>
        {
            var text = Encoding.UTF8.GetString(c.Input);
            DocumentKind?[] kinds = [null, DocumentKind.Runbook, DocumentKind.Review];
            var options = new DocumentAnalysisOptions(Instant.FromUtc(2026, 6, 1, 12, 0)) { Kind = kinds[(c.Seed & 0x7FFFFFFF) % 3], Incident = (c.Seed & 4) == 0 ? null : ReviewIncident.Value };
            DocumentAnalysis analysis;
            try
            {
                analysis = DocumentAnalyzer.Analyze("fuzzed.md", text, options);
            }
            catch (InvalidDocumentException e)
            {
                FuzzRunner.Located(e);
                return;
            }

            var lines = Documents.DocumentTestSupport.LineCount(text);
            Assert.All(analysis.Findings, f => Assert.InRange(f.Position.Line, 1, lines));
            Assert.All(analysis.Findings, f => Assert.True(f.Position.Column >= 1, $"{f.Id} at column {f.Position.Column}"));
            _ = DocumentSarif.Write([analysis], new DocumentSarifOptions("t", "1", new Uri("https://example.com/docs/")));
        },
        output,
        found);

    [Theory]
    [InlineData(null)]
    [InlineData(1647058172)]
    [InlineData(1654399085)]
    [InlineData(1656814380)]
    [InlineData(1656909408)]
    [InlineData(1662595250)]
    public void Message_templates_are_refused_at_a_line_and_column_or_rendered_within_the_limits(int? found) =>
        FuzzRunner.Run("message template", new Mutator(Seeds.Templates, TextMutations.LiquidTokens, TextMutations.LineOperators), c =>
        {
            var kind = Enum.GetValues<MessageKind>()[(c.Seed & 0x7FFFFFFF) % 4];
            var format = Enum.GetValues<MessageFormat>()[((c.Seed & 0x7FFFFFFF) / 4) % Enum.GetValues<MessageFormat>().Length];
            ResponsePolicy policy;
            try
            {
                var settings = new CommunicationSettings(templates: [new(kind, Encoding.UTF8.GetString(c.Input))]);
                policy = ResponsePolicy.Default with { Communications = settings };
            }
            catch (InvalidPolicyException e)
            {
                FuzzRunner.Located(e);
                Assert.All(e.Problems, p => Assert.Matches("^line [1-9][0-9]*, column [1-9][0-9]*: ", p.Message));
                return;
            }

            var (incident, evaluation) = ReviewIncident.Value is var d ? (d.Record, d.Evaluation) : default;
            try
            {
                var message = MessageComposer.Render(policy, null, incident, evaluation, kind, format, null, TemplateLimits.Default);
                Assert.True(message.Text.Length <= TemplateLimits.DefaultMaxOutputLength);
            }
            catch (InvalidOperationException e)
            {
                Assert.Contains("The message template was stopped", e.Message, StringComparison.Ordinal);
            }
        },
        output,
        found);

    private static readonly Lazy<DocumentIncident> ReviewIncident = new(() =>
    {
        var (incident, at) = Seeds.SampleIncidents.First(s => s.Incident.Events.Any(e => e is Model.Events.Resolved));
        return new DocumentIncident(incident, Engines.Default.Evaluate(incident, at));
    });
}
