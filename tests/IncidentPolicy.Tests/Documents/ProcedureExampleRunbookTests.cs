using System.Linq;
using IncidentPolicy.Documents;
using IncidentPolicy.Evaluation;
using Xunit;
using static IncidentPolicy.Tests.Documents.DocumentTestSupport;

namespace IncidentPolicy.Tests.Documents;

/// <summary>The procedure's own example runbook (its "Runbook Structure" block) as the linter reads it.</summary>
public sealed class ProcedureExampleRunbookTests
{
    private static DocumentAnalysis Analysis => Analyze(Fixture("procedure-example-runbook.md"), path: "procedure-example-runbook.md");

    [Fact]
    public void Reports_exactly_the_missing_output_rollback_command_stamp_placeholders_and_contact()
    {
        Assert.Equal(DocumentKind.Runbook, Analysis.Kind);
        Assert.Equal(
            [
                "1:1 IRP8007",
                "1:12 IRP8009",
                "4:1 IRP8009",
                "7:13 IRP8009",
                "8:16 IRP8009",
                "19:1 IRP8006",
                "20:1 IRP8004",
                "27:1 IRP8002",
                "30:1 IRP8010",
                "31:28 IRP8009",
                "31:44 IRP8009",
                "31:69 IRP8009",
            ],
            Lines(Analysis));
    }

    [Fact]
    public void Reports_nothing_at_error_severity()
    {
        Assert.DoesNotContain(Analysis.Findings, f => f.Severity == DiagnosticSeverity.Error);
        Assert.False(Analysis.HasErrors);
    }

    [Fact]
    public void Names_the_step_and_the_command_in_its_messages()
    {
        var rollback = Analysis.Findings.Single(f => f.Id == "IRP8006");
        Assert.Equal(
            "step '2. Apply Mitigation' changes the system (kubectl rollout restart deployment/order-service) and has no rollback: add a paragraph 'Rollback: ...' or a '#### Rollback' heading with the commands that undo it",
            rollback.Message);
        Assert.Contains("'[team]'", Analysis.Findings.Where(f => f.Id == "IRP8009").Select(f => f.Message).ElementAt(4), System.StringComparison.Ordinal);
    }
}
