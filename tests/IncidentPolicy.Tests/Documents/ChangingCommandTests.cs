using System.Linq;
using IncidentPolicy.Policy;
using Xunit;
using static IncidentPolicy.Tests.Documents.DocumentTestSupport;

namespace IncidentPolicy.Tests.Documents;

/// <summary>What changes the system: the default command list, read through prompts, sudo, assignments and options; the list as policy data.</summary>
public sealed class ChangingCommandTests
{
    private static bool Changes(string code, string language = "bash", ResponsePolicy? policy = null)
    {
        var text = $"# Runbook: X\n\n## Steps\n\n### 1. Do\n```{language}\n{code}\n```\nExpected: ok.\n";
        return Analyze(text, policy).Findings.Any(f => f.Id == "IRP8006");
    }

    [Theory]
    [InlineData("kubectl -n orders rollout undo deployment/x")]
    [InlineData("$ kubectl apply -f deploy.yaml")]
    [InlineData("sudo -u ops systemctl restart nginx")]
    [InlineData("KUBECONFIG=/tmp/c kubectl delete pod x")]
    [InlineData("kubectl get pods && kubectl --context prod scale deploy/x --replicas=3")]
    [InlineData("cat x | docker rm -f web")]
    [InlineData("helm upgrade orders ./chart")]
    [InlineData("terraform destroy -auto-approve")]
    [InlineData("service nginx restart")]
    [InlineData("git push origin main")]
    [InlineData("redis-cli -h cache flushall")]
    [InlineData("rm -rf /tmp/x")]
    [InlineData("/usr/local/bin/kubectl drain node-1")]
    [InlineData("kubectl rollout \\\n  restart deployment/x")]
    public void A_command_of_the_list_changes_the_system(string code) => Assert.True(Changes(code), code);

    [Theory]
    [InlineData("kubectl get pods")]
    [InlineData("kubectl rollout status deployment/x")]
    [InlineData("# kubectl delete pod x")]
    [InlineData("echo kubectl apply")]
    [InlineData("systemctl status nginx")]
    [InlineData("git log")]
    public void Other_commands_do_not(string code) => Assert.False(Changes(code), code);

    [Theory]
    [InlineData("delete from orders where id = 1;", "sql", true)]
    [InlineData("SELECT 1;\nUPDATE orders SET x = 1;", "sql", true)]
    [InlineData("-- DROP TABLE x\nSELECT 1;", "sql", false)]
    [InlineData("DROP TABLE x;", "", true)]
    [InlineData("DROP TABLE x;", "bash", false)]
    public void SQL_keywords_change_the_system_in_sql_and_untagged_blocks(string code, string language, bool changes) =>
        Assert.Equal(changes, Changes(code, language));

    [Fact]
    public void The_policy_adds_to_the_list_or_replaces_it()
    {
        var added = ResponsePolicy.CreateBuilder().Documents(d => d with { ChangingCommands = [.. d.ChangingCommands, "ansible-playbook"] }).Build();
        var replaced = ResponsePolicy.CreateBuilder().Documents(d => d with { ChangingCommands = ["ansible-playbook ... --tags deploy|restart"] }).Build();

        Assert.False(Changes("ansible-playbook site.yml"));
        Assert.True(Changes("ansible-playbook site.yml", policy: added));
        Assert.True(Changes("ansible-playbook -i prod site.yml --tags restart", policy: replaced));
        Assert.False(Changes("kubectl delete pod x", policy: replaced));
    }
}
