using System.Linq;
using IncidentPolicy.Documents.Runbooks;
using Xunit;

namespace IncidentPolicy.Tests.Documents;

/// <summary>
/// How a runbook's command block is split into commands before the runbook rules judge them: the program comes
/// first, so a prompt, a comment, <c>sudo</c> and its options, environment assignments and wrappers such as
/// <c>env</c> or <c>nohup</c> must not hide what the step runs; SQL blocks are split into statements.
/// </summary>
public sealed class CommandTextTests
{
    [Theory]
    [InlineData("kubectl get pods", "kubectl get pods")]
    [InlineData("$ kubectl get pods", "kubectl get pods")]
    [InlineData("PS> Restart-Service web", "Restart-Service web")]
    [InlineData("> kubectl get pods", "kubectl get pods")]
    [InlineData("kubectl get pods # every pod", "kubectl get pods")]
    [InlineData("kubectl get\\\npods", "kubectl get pods")]
    [InlineData("Restart-Service `\n  web", "Restart-Service web")]
    [InlineData("kubectl get pods\r\nkubectl top pods", "kubectl get pods|kubectl top pods")]
    [InlineData("kubectl drain node-1 \\", "kubectl drain node-1")]
    [InlineData("make build && make deploy || make rollback; make notify | tee log", "make build|make deploy|make rollback|make notify|tee log")]
    [InlineData("make deploy ;", "make deploy")]
    [InlineData("echo \"\" done", "echo done")]
    [InlineData("echo done > status.txt", "echo done > status.txt")]
    [InlineData("kubectl get pods >> pods.txt", "kubectl get pods >> pods.txt")]
    public void A_shell_block_is_split_into_commands_program_first(string code, string expected)
    {
        Assert.Equal(expected, Commands(code));
    }

    [Theory]
    [InlineData("# restart the pods")]
    [InlineData("REM restart the pods")]
    [InlineData("rem restart the pods")]
    [InlineData(":: restart the pods")]
    [InlineData("$")]
    [InlineData("")]
    public void Comments_and_empty_prompts_are_not_commands(string code)
    {
        Assert.Empty(CommandText.Shell(code));
    }

    [Theory]
    [InlineData("-u")]
    [InlineData("-g")]
    [InlineData("-U")]
    [InlineData("-C")]
    [InlineData("-h")]
    [InlineData("-p")]
    [InlineData("-D")]
    [InlineData("-r")]
    [InlineData("-t")]
    public void A_sudo_option_that_takes_a_value_is_skipped_with_its_value(string option)
    {
        Assert.Equal("systemctl restart web", Words($"sudo {option} value systemctl restart web"));
    }

    [Theory]
    [InlineData("sudo -E systemctl restart web")]
    [InlineData("sudo -i -E systemctl restart web")]
    [InlineData("env LANG=C systemctl restart web")]
    [InlineData("time systemctl restart web")]
    [InlineData("exec systemctl restart web")]
    [InlineData("nohup systemctl restart web")]
    [InlineData("LANG=C TZ=UTC systemctl restart web")]
    [InlineData("sudo env LANG=C nohup systemctl restart web")]
    public void Wrappers_flags_and_assignments_before_the_program_are_skipped(string code)
    {
        Assert.Equal("systemctl restart web", Words(code));
    }

    [Theory]
    [InlineData("sudo")]
    [InlineData("sudo -u")]
    [InlineData("sudo -E")]
    [InlineData("sudo -u postgres")]
    [InlineData("LANG=C")]
    public void A_line_that_never_reaches_a_program_is_not_a_command(string code)
    {
        Assert.Empty(CommandText.Shell(code));
    }

    [Fact]
    public void A_command_keeps_its_text_as_written_and_its_words_unquoted()
    {
        var (text, words) = Assert.Single(CommandText.Shell("  $ psql -c 'DROP TABLE x'  "));

        Assert.Equal("psql -c 'DROP TABLE x'", text);
        Assert.Equal(["psql", "-c", "DROP", "TABLE", "x"], words);
    }

    [Fact]
    public void A_sql_block_is_split_into_statements_without_comments()
    {
        var statements = CommandText.Sql("SELECT 1; -- DROP TABLE audit\nUPDATE accounts\n   SET locked = false;\n-- done\n;").ToList();

        Assert.Equal(["SELECT 1", "UPDATE accounts SET locked = false"], statements.Select(s => s.Text));
        Assert.Equal(["UPDATE", "accounts", "SET", "locked", "=", "false"], statements[1].Words);
    }

    private static string Commands(string code) => string.Join('|', CommandText.Shell(code).Select(c => string.Join(' ', c.Words)));

    private static string Words(string code) => string.Join(' ', Assert.Single(CommandText.Shell(code)).Words);
}
