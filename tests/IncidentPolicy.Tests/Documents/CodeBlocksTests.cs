using System.Linq;
using IncidentPolicy.Policy;
using Xunit;
using static IncidentPolicy.Tests.Documents.DocumentTestSupport;

namespace IncidentPolicy.Tests.Documents;

/// <summary>
/// What a fenced block of a step is, by its language: a command block (each shell, <c>sql</c>, or none) needs an
/// expected output, a <c>text</c> or <c>output</c> block is one, and a <c>sql</c> block is read as SQL only.
/// </summary>
public sealed class CodeBlocksTests
{
    private static string Step(string blocks) => RunbookText.WithSteps($"### 1. Look\n{blocks}\n\n");

    [Theory]
    [InlineData("bash")]
    [InlineData("sh")]
    [InlineData("shell")]
    [InlineData("zsh")]
    [InlineData("console")]
    [InlineData("powershell")]
    [InlineData("pwsh")]
    [InlineData("cmd")]
    [InlineData("sql")]
    [InlineData("")]
    [InlineData("Shell")]
    [InlineData("PowerShell ")]
    public void A_command_block_without_expected_output_is_reported(string language)
    {
        Assert.Equal(["13:1"], Ids(Analyze(Step($"```{language}\nkubectl get pods\n```")), "IRP8004"));
    }

    [Theory]
    [InlineData("python")]
    [InlineData("yaml")]
    [InlineData("text")]
    [InlineData("shellscript")]
    public void Other_blocks_are_no_commands(string language)
    {
        Assert.Empty(Ids(Analyze(Step($"```{language}\nkubectl get pods\n```")), "IRP8004"));
    }

    [Theory]
    [InlineData("text")]
    [InlineData("output")]
    [InlineData("OUTPUT")]
    public void An_output_block_after_a_command_block_is_its_expected_output(string language)
    {
        Assert.Empty(Ids(Analyze(Step($"```bash\nkubectl get pods\n```\n```{language}\nNAME READY\n```")), "IRP8004"));
    }

    [Fact]
    public void A_sql_block_is_matched_by_the_SQL_patterns_only_and_a_shell_block_by_the_shell_ones_only()
    {
        var truncate = ResponsePolicy.CreateBuilder().Documents(d => d with { ChangingCommands = ["truncate"] }).Build();
        var sqlTruncate = ResponsePolicy.CreateBuilder().Documents(d => d with { ChangingCommands = ["sql: truncate"] }).Build();

        Assert.False(Changes("```sql\nTRUNCATE TABLE orders;\n```", truncate));
        Assert.True(Changes("```bash\ntruncate -s 0 /var/log/orders.log\n```", truncate));
        Assert.True(Changes("```sql\nTRUNCATE TABLE orders;\n```", sqlTruncate));
        Assert.False(Changes("```bash\ntruncate -s 0 /var/log/orders.log\n```", sqlTruncate));
    }

    private static bool Changes(string blocks, ResponsePolicy policy) =>
        Analyze(Step(blocks + "\nExpected: done."), policy).Findings.Any(f => f.Id == "IRP8006");
}
