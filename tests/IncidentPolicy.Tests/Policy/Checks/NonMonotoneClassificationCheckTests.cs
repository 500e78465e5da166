using System.Linq;
using IncidentPolicy.Evaluation;
using IncidentPolicy.Policy;
using IncidentPolicy.Policy.Checks;
using IncidentPolicy.Tests.Support;
using Xunit;
using static IncidentPolicy.Model.ImpactScope;
using static IncidentPolicy.Model.UsersAffected;

namespace IncidentPolicy.Tests.Policy.Checks;

/// <summary>IRP9004: "the matrix is monotone: more impact never gives a less severe level".</summary>
public sealed class NonMonotoneClassificationCheckTests
{
    [Fact]
    public void A_cell_less_severe_than_its_neighbour_with_fewer_users_is_reported_at_that_cell()
    {
        var policy = ResponsePolicy.Default.WithCell(NonCore, All, "P3");

        var diagnostic = Assert.Single(PolicyAnalyzer.Analyze(policy));

        Assert.Equal(("IRP9004", DiagnosticSeverity.Warning, "$.classification.nonCore.all"), (diagnostic.Id, diagnostic.Severity, diagnostic.Path));
        Assert.Equal(
            "nonCore.all is P3, less severe than P2 for nonCore.most, which has less impact: "
            + "more impact must never give a less severe level (when in doubt, over-classify)",
            diagnostic.Message);
    }

    [Fact]
    public void A_cell_less_severe_than_both_less_impact_neighbours_is_reported_once_for_each()
    {
        var policy = ResponsePolicy.Default.WithCell(CoreDegraded, Most, "P3");

        Assert.Equal(
            [
                "$.classification.coreDegraded.most: coreDegraded.most is P3, less severe than P2 for coreDegraded.subset, which has less impact",
                "$.classification.coreDegraded.most: coreDegraded.most is P3, less severe than P2 for nonCore.most, which has less impact",
            ],
            PolicyAnalyzer.Analyze(policy).Select(d => $"{d.Path}: {d.Message.Split(':')[0]}"));
    }

    [Fact]
    public void A_cell_made_more_severe_reports_its_more_impact_neighbours_that_are_now_less_severe()
    {
        var policy = ResponsePolicy.Default.WithCell(NonCore, Internal, "P0");

        Assert.Equal(
            ["$.classification.coreDegraded.internal", "$.classification.nonCore.subset"],
            PolicyAnalyzer.Analyze(policy).Select(d => d.Path));
    }

    [Fact]
    public void A_change_that_keeps_the_matrix_monotone_is_not_reported()
    {
        var policy = ResponsePolicy.Default.WithCell(Cosmetic, All, "P2");

        Assert.Empty(PolicyAnalyzer.Analyze(policy));
    }
}
