using System.Linq;
using IncidentPolicy.Documents.Runbooks;
using IncidentPolicy.Policy;
using IncidentPolicy.Validation;
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

    [Theory]
    [InlineData("kubectl -n orders delete pod x")]
    [InlineData("kubectl --namespace=orders delete pod x")]
    [InlineData("kubectl --context prod -n orders rollout restart deployment/x")]
    [InlineData("/kubectl delete pod x")]
    [InlineData("./bin/kubectl delete pod x")]
    public void Options_and_their_values_may_stand_between_the_words_and_the_program_may_be_a_path(string code) => Assert.True(Changes(code), code);

    [Theory]
    [InlineData("git log --grep push")] // 'log' is neither an option nor an option's value: the pattern 'git push' stops there
    [InlineData("git -C repo log push")]
    [InlineData("kubectl -n orders")] // only options left: no word of the pattern
    [InlineData("kubectl --context prod -o yaml")]
    [InlineData("--verbose kubectl delete pod x")] // the program must come first, options do not stand before it
    [InlineData("redis-cli -h cache get flags/flushall")] // only the program is read by its file name
    public void Other_words_between_the_words_of_a_pattern_break_it(string code) => Assert.False(Changes(code), code);

    [Fact]
    public void A_lone_dash_names_standard_input_and_is_no_option()
    {
        var pattern = ChangingCommandPattern.Parse("kubectl delete");

        Assert.True(pattern.Matches(["kubectl", "-f", "-", "delete"]));
        Assert.False(pattern.Matches(["kubectl", "-", "delete"]));
    }

    [Fact]
    public void Any_words_may_be_none_even_at_the_end_but_the_words_after_them_must_be_there()
    {
        var tags = ResponsePolicy.CreateBuilder().Documents(d => d with { ChangingCommands = ["ansible-playbook ... --tags deploy|restart"] }).Build();

        Assert.True(ChangingCommandPattern.Parse("ansible-playbook ...").Matches(["ansible-playbook"]));
        Assert.True(ChangingCommandPattern.Parse("service ... restart").Matches(["service", "restart"]));
        Assert.True(Changes("ansible-playbook --tags deploy", policy: tags));
        Assert.False(Changes("ansible-playbook site.yml", policy: tags));
        Assert.False(Changes("ansible-playbook site.yml --tags check", policy: tags));
    }

    [Fact]
    public void A_pattern_that_does_not_parse_is_a_policy_problem_saying_why()
    {
        var error = Assert.Throws<InvalidPolicyException>(() => ResponsePolicy.CreateBuilder()
            .Documents(d => d with { ChangingCommands = [" ", "sql:", "... rm", "kubectl |apply", "kubectl apply||create"] })
            .Build());

        Assert.Equal(
            [
                "$.documents.changingCommands[0]: a command pattern must not be blank",
                "$.documents.changingCommands[1]: the command pattern 'sql:' has no words after 'sql:'",
                "$.documents.changingCommands[2]: the command pattern '... rm' starts with '...': it must start with the program (or the SQL keyword)",
                "$.documents.changingCommands[3]: the command pattern 'kubectl |apply' has an empty alternative (a '|' at a word's start or end, or '||')",
                "$.documents.changingCommands[4]: the command pattern 'kubectl apply||create' has an empty alternative (a '|' at a word's start or end, or '||')",
            ],
            error.Problems.Select(p => p.ToString()));
    }
}
