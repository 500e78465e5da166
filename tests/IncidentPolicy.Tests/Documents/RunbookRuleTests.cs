using System.Linq;
using IncidentPolicy.Documents;
using IncidentPolicy.Policy;
using Xunit;
using static IncidentPolicy.Tests.Documents.DocumentTestSupport;

namespace IncidentPolicy.Tests.Documents;

/// <summary>The runbook rules IRP8001-IRP8010: what each reports, where, and what it leaves alone.</summary>
public sealed class RunbookRuleTests
{
    [Fact]
    public void A_runbook_that_follows_the_guide_has_no_finding() => Assert.Empty(Analyze(RunbookText.Clean).Findings);

    [Fact]
    public void IRP8001_reports_each_missing_section_at_the_title()
    {
        var text = RunbookText.Clean.Swap("## Prerequisites\n- Cluster access.\n", string.Empty).Swap("### 4. Escalation", "### 4. Hand over");

        var findings = Analyze(text).Findings.Where(f => f.Id == "IRP8001").ToList();

        Assert.Equal(["1:1", "1:1"], findings.Select(f => f.Position.ToString()));
        Assert.Contains("'## Prerequisites'", findings[0].Message + findings[1].Message, System.StringComparison.Ordinal);
        Assert.Contains("'## Escalation'", findings[0].Message + findings[1].Message, System.StringComparison.Ordinal);
    }

    [Fact]
    public void IRP8001_says_which_sections_the_policy_layout_asks_for()
    {
        var text = RunbookText.Clean.Swap("## Prerequisites\n- Cluster access.\n", string.Empty);

        Assert.Equal(
            "the runbook has no '## Prerequisites' section (the policy's documents.runbook.sections: When to Use, Prerequisites, Steps, Escalation)",
            Analyze(text).Findings.Single(f => f.Id == "IRP8001").Message);
    }

    [Fact]
    public void IRP8001_matches_headings_by_their_start_without_step_numbers_and_case()
    {
        var text = RunbookText.Clean.Swap("## When to Use", "## 1. WHEN TO USE this runbook").Swap("### 4. Escalation", "### Step 4: Escalating");

        Assert.Empty(Ids(Analyze(text), "IRP8001"));
    }

    [Fact]
    public void IRP8001_takes_an_H2_escalation_section()
    {
        var text = RunbookText.WithSteps(RunbookText.CheckStep).Swap("### 4. Escalation", "## Escalation");

        Assert.Empty(Ids(Analyze(text), "IRP8001"));
    }

    [Fact]
    public void IRP8002_reports_a_step_without_a_code_block_at_its_heading_but_not_the_escalation()
    {
        var text = RunbookText.WithSteps(RunbookText.CheckStep, "### 2. Think\nConsider the options.\n\n");

        Assert.Equal(["17:1"], Ids(Analyze(text), "IRP8002"));
    }

    [Fact]
    public void IRP8003_reports_a_fence_without_a_language_anywhere()
    {
        var text = RunbookText.Clean.Swap("```bash\ncurl -s http://prom/api\n```\n**Expected**: above", "```\ncurl -s http://prom/api\n```\n**Expected**: above");

        Assert.Equal(["13:1"], Ids(Analyze(text), "IRP8003"));
        Assert.Empty(Ids(Analyze(text), "IRP8004"));
    }

    [Fact]
    public void A_command_before_the_first_step_is_checked_as_a_step_of_its_own_titled_as_the_section()
    {
        var intro = "First, drain the node:\n```bash\nkubectl drain node-1\n```\n\n";
        var text = RunbookText.Head + intro + RunbookText.CheckStep + RunbookText.RestartStep + RunbookText.VerifyStep + RunbookText.EscalationStep;

        var analysis = Analyze(text);

        Assert.Equal(["13:1"], Ids(analysis, "IRP8004"));
        Assert.Equal(["11:1"], Ids(analysis, "IRP8006"));
        Assert.Contains("step 'Steps' changes the system (kubectl drain node-1)", analysis.Findings.Single(f => f.Id == "IRP8006").Message, System.StringComparison.Ordinal);
        Assert.Empty(Ids(Analyze(RunbookText.Head + "Run these in order.\n\n" + RunbookText.CheckStep + RunbookText.RestartStep + RunbookText.VerifyStep + RunbookText.EscalationStep), "IRP8003"));
    }

    [Fact]
    public void IRP8004_reports_a_command_block_without_expected_output_before_the_next_command_block()
    {
        var step = "### 1. Two commands\n```bash\nkubectl get pods\n```\n```sh\nkubectl get nodes\n```\n```text\nNAME STATUS\n```\n\n";

        Assert.Equal(["13:1"], Ids(Analyze(RunbookText.WithSteps(step)), "IRP8004"));
    }

    [Theory]
    [InlineData("Expected: a list.")]
    [InlineData("**Expected**: a list.")]
    [InlineData("Expected output:\n\n```output\npod/a\n```")]
    [InlineData("- Expected: a list in a list item.")]
    public void IRP8004_accepts_each_form_of_expected_output(string expected)
    {
        var step = $"### 1. List\n```console\n$ kubectl get pods\n```\n{expected}\n\n";

        Assert.Empty(Ids(Analyze(RunbookText.WithSteps(step)), "IRP8004"));
    }

    [Fact]
    public void IRP8004_ignores_blocks_that_are_not_commands()
    {
        var step = "### 1. Look\n```yaml\nreplicas: 3\n```\n\n";

        Assert.Empty(Ids(Analyze(RunbookText.WithSteps(step)), "IRP8004"));
    }

    [Fact]
    public void IRP8004_does_not_take_a_list_or_a_heading_after_the_command_for_its_expected_output()
    {
        var step = "### 1. List\n```console\n$ kubectl get pods\n```\n- Look at the pods.\n- Count them.\n\n#### Then\n\n";

        Assert.Equal(["13:1"], Ids(Analyze(RunbookText.WithSteps(step)), "IRP8004"));
    }

    [Fact]
    public void IRP8005_reports_the_last_change_when_no_later_step_verifies_it()
    {
        var analysis = Analyze(RunbookText.WithSteps(RunbookText.CheckStep, RunbookText.RestartStep));

        Assert.Equal(["17:1"], Ids(analysis, "IRP8005"));
        Assert.Contains("kubectl -n orders rollout restart deployment/orders", analysis.Findings.Single(f => f.Id == "IRP8005").Message, System.StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Verify it")]
    [InlineData("Verification")]
    [InlineData("Check again")]
    [InlineData("Confirm")]
    [InlineData("Validate the fix")]
    public void IRP8005_accepts_a_later_step_named_for_verification(string title)
    {
        var verify = RunbookText.VerifyStep.Swap("3. Verify the error rate", "3. " + title);

        Assert.Empty(Ids(Analyze(RunbookText.WithSteps(RunbookText.RestartStep, verify)), "IRP8005"));
    }

    [Fact]
    public void IRP8005_in_a_single_step_section_takes_an_expected_output_after_the_last_change()
    {
        var single = "# Runbook: X\n\nLast verified: 2026-03-01\n\n## When to Use\nNow.\n\n## Prerequisites\nNone.\n\n## Steps\n```bash\nkubectl delete pod orders-1\n```\n{0}\n\nRollback: none.\n\n## Escalation\nCall @lead.\n";

        Assert.Equal(["11:1"], Ids(Analyze(single.Swap("{0}", "Done.")), "IRP8005"));
        Assert.Empty(Ids(Analyze(single.Swap("{0}", "Expected: `pod deleted`")), "IRP8005"));
    }

    [Fact]
    public void IRP8006_reports_a_changing_step_without_rollback_at_its_heading()
    {
        var restart = RunbookText.RestartStep.Swap("**Rollback**: nothing to undo.\n", string.Empty);

        Assert.Equal(["17:1"], Ids(Analyze(RunbookText.WithSteps(RunbookText.CheckStep, restart, RunbookText.VerifyStep)), "IRP8006"));
    }

    [Fact]
    public void IRP8006_accepts_an_H4_rollback_whose_commands_do_not_make_a_change()
    {
        var step = "### 1. Look\n```bash\nkubectl get pods\n```\nExpected: pods.\n\n#### Rollback\n```bash\nkubectl rollout undo deployment/x\n```\nExpected: rolled back.\n\n";

        var analysis = Analyze(RunbookText.WithSteps(step));

        Assert.Empty(Ids(analysis, "IRP8006"));
        Assert.Empty(Ids(analysis, "IRP8005"));
    }

    [Fact]
    public void IRP8007_reports_a_runbook_without_date_stamp_at_the_title()
    {
        Assert.Equal(["1:1"], Ids(Analyze(RunbookText.Clean.Swap("Last verified: 2026-03-01", "Verified recently.")), "IRP8007"));
    }

    [Theory]
    [InlineData("**Last verified**: 2026-03-01 by the on-call")]
    [InlineData("Last verified: 2026-03-01")]
    public void IRP8007_accepts_a_date_stamp_line(string line) =>
        Assert.Empty(Ids(Analyze(RunbookText.Clean.Swap("Last verified: 2026-03-01", line)), "IRP8007"));

    [Fact]
    public void IRP8007_accepts_front_matter_and_ignores_a_stamp_in_code()
    {
        var text = RunbookText.Clean.Swap("Last verified: 2026-03-01", "```text\nLast verified: 2026-03-01\n```");

        Assert.Equal(["1:1"], Ids(Analyze(text), "IRP8007"));
        Assert.Empty(Ids(Analyze("---\nlast_verified: 2026-03-01\n---\n" + text), "IRP8007"));
    }

    [Fact]
    public void IRP8008_reports_a_stamp_older_than_the_maximum_age_at_the_stamp()
    {
        var text = RunbookText.Clean.Swap("2026-03-01", "2025-12-14");

        Assert.Empty(Ids(Analyze(text, at: NodaTime.Instant.FromUtc(2026, 3, 14, 12, 0)), "IRP8008"));
        var analysis = Analyze(text, at: NodaTime.Instant.FromUtc(2026, 3, 15, 12, 0));
        Assert.Equal(["3:1"], Ids(analysis, "IRP8008"));
        Assert.Equal(
            "the runbook was last verified on 2025-12-14, 91 days before 2026-03-15: more than the policy's P90D (documents.runbookMaxAge); run it again and update the date",
            analysis.Findings.Single(f => f.Id == "IRP8008").Message);
    }

    [Fact]
    public void IRP8008_takes_the_policy_maximum_age_and_the_calendar_zone()
    {
        var text = RunbookText.Clean.Swap("2026-03-01", "2026-02-13");
        var policy = ResponsePolicy.CreateBuilder().Documents(d => d with { RunbookMaxAge = NodaTime.Duration.FromDays(30) }).Build();
        var tokyo = ResponsePolicy.CreateBuilder()
            .Documents(d => d with { RunbookMaxAge = NodaTime.Duration.FromDays(30) })
            .Calendar(c => c.TimeZone(NodaTime.DateTimeZoneProviders.Tzdb["Asia/Tokyo"]))
            .Build();
        var lateUtc = NodaTime.Instant.FromUtc(2026, 3, 15, 20, 0); // already 16 March in Tokyo

        Assert.Empty(Ids(Analyze(text, policy, at: lateUtc), "IRP8008"));
        Assert.Equal(["3:1"], Ids(Analyze(text, tokyo, at: lateUtc), "IRP8008"));
    }

    [Fact]
    public void IRP8009_reports_each_placeholder_in_prose_and_nothing_in_code_links_task_lists_or_footnotes()
    {
        var text = RunbookText.Clean.Swap(
            "The orders error-rate alert fires.",
            "The [alert] fires; TODO and TBD. See [the docs](https://example.com), `[inline]`, [^1] and [ref].\n\n- [ ] a task\n- [x] done\n\n[ref]: https://example.com\n[^1]: A footnote.\n\n<!-- [comment] -->");

        var analysis = Analyze(text);

        Assert.Equal(["6:5", "6:20", "6:29"], Ids(analysis, "IRP8009"));
        Assert.Equal(["'[alert]'", "'TODO'", "'TBD'"], analysis.Findings.Where(f => f.Id == "IRP8009").Select(f => f.Message.Split(' ')[1]));
    }

    [Theory]
    [InlineData("See https://prom.example.com/graph?g0.expr=rate(errors[5m]) for the rate.")]
    [InlineData("The list is at www.example.com/TODO/list today.")]
    public void IRP8009_reads_a_bare_address_as_a_link_not_as_prose(string sentence)
    {
        var text = RunbookText.Clean.Swap("The orders error-rate alert fires.", sentence);

        Assert.Empty(Ids(Analyze(text), "IRP8009"));
        Assert.Single(Ids(Analyze(text.Replace("today.", "TODO.", System.StringComparison.Ordinal).Replace("for the rate.", "for the [rate].", System.StringComparison.Ordinal)), "IRP8009"));
    }

    [Fact]
    public void IRP8009_applies_to_a_review_but_not_to_its_Status_column()
    {
        var review = "# Post-Incident Review: X\n\n| Action | Status |\n|---|---|\n| TODO | TODO |\n";

        Assert.Equal(["5:3"], Ids(Analyze(review), "IRP8009"));
    }

    [Fact]
    public void IRP8010_reports_an_escalation_without_contact_at_its_heading()
    {
        var text = RunbookText.Clean.Swap("Page @orders-lead in #orders-incidents.", "Escalate to the team lead. `#not-prose`");

        Assert.Equal(["29:1"], Ids(Analyze(text), "IRP8010"));
    }

    [Theory]
    [InlineData("Post in #orders-incidents.")]
    [InlineData("Page @orders-lead.")]
    [InlineData("See [the rota](https://example.com/rota).")]
    [InlineData("Mail oncall@example.com.")]
    [InlineData("Mail first.last+oncall@example.com.")]
    [InlineData("Call +44 20 7946 0000.")]
    [InlineData("Open <https://example.com/pager>.")]
    public void IRP8010_accepts_each_kind_of_contact(string contact) =>
        Assert.Empty(Ids(Analyze(RunbookText.Clean.Swap("Page @orders-lead in #orders-incidents.", contact)), "IRP8010"));

    [Fact]
    public void IRP8010_accepts_a_contact_written_in_the_escalation_s_heading()
    {
        var text = RunbookText.Clean.Swap("Page @orders-lead in #orders-incidents.", "Escalate if nothing helps.");

        Assert.Single(Ids(Analyze(text), "IRP8010"));
        Assert.Empty(Ids(Analyze(text.Replace("### 4. Escalation", "### 4. Escalation to @orders-lead", System.StringComparison.Ordinal)), "IRP8010"));
    }

    [Fact]
    public void IRP8010_reports_an_escalation_whose_only_text_is_a_fifty_thousand_letter_word_without_timing_out()
    {
        // Found by the fuzzer: an address was tried from every letter of a long word, in time growing with the square of its length.
        var analysis = Analyze(RunbookText.Clean.Swap("Page @orders-lead in #orders-incidents.", new string('x', 50_000) + "."));

        Assert.Single(Ids(analysis, "IRP8010"));
    }

    [Fact]
    public void IRP8010_applies_to_an_escalation_section_of_a_custom_layout_too()
    {
        var policy = ResponsePolicy.CreateBuilder().Documents(d => d with { Runbook = d.Runbook with { Sections = ["Meaning"] } }).Build();
        var text = "# Runbook: X\n\nLast verified: 2026-03-01\n\n## Meaning\nIt fires.\n\n## Escalating\nAsk someone.\n";

        var analysis = Analyze(text, policy);

        Assert.Equal(["8:1"], Ids(analysis, "IRP8010"));
        Assert.Empty(Ids(analysis, "IRP8001"));
    }

    [Fact]
    public void IRP8010_accepts_an_escalation_whose_contact_is_in_one_of_several_paragraphs()
    {
        var text = RunbookText.Clean.Swap("Page @orders-lead in #orders-incidents.", "Wait ten minutes first.\n\nThen page @orders-lead.\n\nKeep notes.");

        Assert.Empty(Ids(Analyze(text), "IRP8010"));
    }

    [Fact]
    public void IRP8010_does_not_take_a_contact_written_only_in_a_code_block_or_a_list_without_one()
    {
        var text = RunbookText.Clean.Swap("Page @orders-lead in #orders-incidents.", "Escalate to the team lead:\n\n```text\n#orders-incidents @orders-lead\n```\n\n- Say what you tried.");

        Assert.Equal(["29:1"], Ids(Analyze(text), "IRP8010"));
    }

    [Fact]
    public void IRP8010_reports_an_escalation_step_without_contact_also_when_the_steps_section_is_an_escalation_that_names_one()
    {
        var policy = ResponsePolicy.CreateBuilder()
            .Documents(d => d with { Runbook = d.Runbook with { Sections = ["Meaning", "Escalation"], StepsSection = "Escalation" } })
            .Build();
        var text = "# Runbook: X\n\nLast verified: 2026-03-01\n\n## Meaning\nIt fires.\n\n## Escalation\nPost in #orders-incidents.\n\n### 1. Escalate to the database team\nAsk them.\n";

        var analysis = Analyze(text, policy);

        Assert.Equal(["11:1"], Ids(analysis, "IRP8010"));
        Assert.Contains("'1. Escalate to the database team'", analysis.Findings.Single(f => f.Id == "IRP8010").Message, System.StringComparison.Ordinal);
    }
}
