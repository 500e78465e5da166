using System;
using System.IO;
using IncidentPolicy.Policy;
using IncidentPolicy.Tests.Support;
using Xunit;

namespace IncidentPolicy.Tests.Documentation;

/// <summary>
/// docs/default-policy.md is the default policy's tables as the policy itself gives them: a change of a
/// default number fails here until the page is regenerated (INCIDENTPOLICY_UPDATE_DOCS=1) and reviewed.
/// </summary>
public sealed class DefaultPolicyPageTests
{
    private const string UpdateVariable = "INCIDENTPOLICY_UPDATE_DOCS";

    [Fact]
    public void The_checked_in_page_is_rendered_from_the_default_policy()
    {
        var rendered = DefaultPolicyPage.Render(ResponsePolicy.Default);
        var path = Repository.PathOf("docs", "default-policy.md");
        if (Environment.GetEnvironmentVariable(UpdateVariable) == "1")
        {
            File.WriteAllText(path, rendered);
        }

        var checkedIn = File.Exists(path) ? File.ReadAllText(path) : string.Empty;
        Assert.True(
            checkedIn == rendered,
            $"docs/default-policy.md is not the default policy's tables. Regenerate it with {UpdateVariable}=1 dotnet test tests/IncidentPolicy.Tests "
            + "--filter \"FullyQualifiedName~DefaultPolicyPageTests\", then review the difference.");
    }

    [Fact]
    public void The_page_shows_the_numbers_a_reader_looks_up()
    {
        var page = DefaultPolicyPage.Render(ResponsePolicy.Default);

        Assert.Contains("| `P2` | 2 | Partial Impact | 2h (`PT2H`) | 2h (`PT2H`) | to `P1` after 4h (`PT4H`) | 30m (`PT30M`) | 7d (`P7D`) |", page, StringComparison.Ordinal);
        Assert.Contains("| `outage` | `P0` | `P1` | `P1` | `P2` |", page, StringComparison.Ordinal);
        Assert.Contains("| `vpEngineering` | `page` |", page, StringComparison.Ordinal);
    }
}
