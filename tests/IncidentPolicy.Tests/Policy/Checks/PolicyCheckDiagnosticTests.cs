using IncidentPolicy.Evaluation;
using IncidentPolicy.Policy.Checks;
using Xunit;

namespace IncidentPolicy.Tests.Policy.Checks;

/// <summary>A policy check's diagnostic names its check and where in the policy document it is.</summary>
public sealed class PolicyCheckDiagnosticTests
{
    [Fact]
    public void Its_ID_is_its_checks_and_its_text_reads_path_ID_severity_message()
    {
        var diagnostic = new PolicyCheckDiagnostic(PolicyChecks.Get("IRP9001"), DiagnosticSeverity.Warning, "$.severities.P2.notify", "P2 notifies nobody");

        Assert.Equal("IRP9001", diagnostic.Id);
        Assert.Equal("$.severities.P2.notify IRP9001 Warning: P2 notifies nobody", diagnostic.ToString());
    }
}
