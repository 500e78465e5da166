using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using IncidentPolicy.Documents;
using IncidentPolicy.Evaluation;
using IncidentPolicy.Model;
using IncidentPolicy.Policy;
using IncidentPolicy.Reviews;
using IncidentPolicy.Serialization;
using IncidentPolicy.Tests.Reviews;
using IncidentPolicy.Tests.Support;
using NodaTime;
using Xunit;
using static IncidentPolicy.Tests.Documents.DocumentTestSupport;

namespace IncidentPolicy.Tests.Documents;

/// <summary>The review rules IRP8101-IRP8112, each both ways, the fixtures, and the drafts the library writes.</summary>
public sealed class ReviewRuleTests
{
    private static readonly Instant ReviewedAt = Instant.FromUtc(2024, 3, 16, 12, 0);

    private static IncidentRecord Payments => IncidentJson.ReadIncident(Repository.SampleIncident("payments-down-p1.json"));

    private static string Complete => File.ReadAllText(Repository.PathOf("samples", "reviews", "payments-down-2024-03-15.md"));

    private static DocumentAnalysis Lint(string text, IncidentRecord? incident = null, Instant? at = null, ResponsePolicy? policy = null)
    {
        var instant = at ?? ReviewedAt;
        var options = new DocumentAnalysisOptions(instant)
        {
            Policy = policy ?? ResponsePolicy.Default,
            Incident = incident is null ? null : new DocumentIncident(incident, new PolicyEngine(policy ?? ResponsePolicy.Default).Evaluate(incident, instant)),
        };
        return DocumentAnalyzer.Analyze("review.md", text.ReplaceLineEndings("\n"), options);
    }

    private static string[] Of(DocumentAnalysis analysis, string id) => [.. analysis.Findings.Where(f => f.Id == id).Select(f => f.Message)];

    private static string Replace(string text, string old, string @new)
    {
        Assert.Contains(old, text, StringComparison.Ordinal);
        return text.Replace(old, @new, StringComparison.Ordinal);
    }

    [Fact]
    public void The_complete_sample_review_lints_clean_with_its_incident()
    {
        Assert.Equal(DocumentKind.Review, Lint(Complete).Kind);
        Assert.Empty(Lint(Complete, Payments).Findings);
    }

    [Fact]
    public void The_procedures_template_reports_its_placeholders_and_invalid_header_values_and_accepts_its_structure()
    {
        var analysis = Lint(Fixture("procedure-review-template.md"));

        Assert.Equal(["IRP8009", "IRP8102", "IRP8104"], analysis.Findings.Select(f => f.Id).Distinct().Order(StringComparer.Ordinal));
        Assert.Equal(
            ["Date '[date]' is not a date YYYY-MM-DD", "Severity '[P0/P1/P2]' is not a level of the policy (P0, P1, P2, P3)", "Duration '[time]' is not a duration such as 45m, 2h 30m, 1d 4h or PT2H30M"],
            Of(analysis, "IRP8102"));
        Assert.Equal(3, Of(analysis, "IRP8104").Count(m => m.EndsWith("lacks a due date (YYYY-MM-DD)", StringComparison.Ordinal)));
        Assert.Contains("placeholder '[name]' left in the text: write what it stands for", Of(analysis, "IRP8009"));
        Assert.Equal(9, Of(analysis, "IRP8009").Length);
        Assert.DoesNotContain(analysis.Findings, f => f.Severity == DiagnosticSeverity.Error);
    }

    [Fact]
    public void The_blaming_sample_reports_names_language_order_and_the_incident_cross_checks()
    {
        var analysis = Lint(File.ReadAllText(Repository.PathOf("samples", "reviews", "blaming-review.md")), Payments, Instant.FromUtc(2024, 3, 20, 12, 0));

        Assert.Equal(
            ["IRP8103", "IRP8106", "IRP8107", "IRP8108", "IRP8109", "IRP8110", "IRP8111", "IRP8112"],
            analysis.Findings.Select(f => f.Id).Distinct().Order(StringComparer.Ordinal));
        Assert.Equal(["Bob", "@carol", "Bob", "Bob", "Bob"], Of(analysis, "IRP8106").Select(m => m[1..m.IndexOf('\'', 1)]));
        Assert.Equal(["Human error", "forgot to", "'s fault", "should have"], Of(analysis, "IRP8107").Select(m => m[1..m.LastIndexOf("' blames", StringComparison.Ordinal)]));
    }

    [Fact]
    public void IRP8101_each_missing_required_section_and_the_policy_decides_which_are_required()
    {
        var text = Replace(Replace(Complete, "## Impact\n", "## Effects\n"), "## Five Whys\n", "## Analysis\n");
        var custom = ResponsePolicy.Default with { Documents = DocumentSettings.Default with { Review = ReviewSettings.Default with { Sections = ["Summary", "Timeline", "Effects"] } } };

        Assert.Equal(
            ["the review has no '## Five Whys' section (the policy's documents.review.sections: Summary, Timeline, Impact, Root Cause, Five Whys, Action Items, Lessons Learned)", "the review has no '## Impact' section (the policy's documents.review.sections: Summary, Timeline, Impact, Root Cause, Five Whys, Action Items, Lessons Learned)"],
            Of(Lint(text), "IRP8101"));
        Assert.Empty(Lint(text, policy: custom).Findings);
        Assert.Equal(DiagnosticSeverity.Error, Lint(text).Findings.First(f => f.Id == "IRP8101").Severity);
    }

    [Fact]
    public void IRP8102_a_missing_field_or_header_and_valid_durations_in_every_form()
    {
        Assert.Equal(["the header has no Author field"], Of(Lint(Replace(Complete, " | **Author**: Payments platform team", string.Empty)), "IRP8102"));
        Assert.Single(Of(Lint(Replace(Complete, "**Date**: 2024-03-16 | **Severity**: P1 | **Duration**: 45m | **Author**: Payments platform team\n", string.Empty)), "IRP8102"));
        foreach (var duration in new[] { "45m", "2h 30m", "1d 4h", "PT2H30M", "P1DT2H", "2h30m" })
        {
            Assert.Empty(Of(Lint(Replace(Complete, "**Duration**: 45m", $"**Duration**: {duration}")), "IRP8102"));
        }

        foreach (var duration in new[] { "45", "soon", "P", "PT", "4h 1d" })
        {
            Assert.Single(Of(Lint(Replace(Complete, "**Duration**: 45m", $"**Duration**: {duration}")), "IRP8102"));
        }

        Assert.Equal(["Date '2024-02-30' is not a date YYYY-MM-DD"], Of(Lint(Replace(Complete, "**Date**: 2024-03-16", "**Date**: 2024-02-30")), "IRP8102"));
        Assert.Empty(Of(Lint(Replace(Complete, "**Author**: Payments platform team", "**Author**: [name]")), "IRP8102"));
    }

    [Fact]
    public void IRP8103_fewer_than_five_numbered_whys_and_only_when_the_section_is_required()
    {
        var four = Replace(Complete, "5. **Why** no checklist step? -> Migration procedures were never written down.\n", string.Empty);
        var notRequired = ResponsePolicy.Default with { Documents = DocumentSettings.Default with { Review = ReviewSettings.Default with { Sections = ["Summary"] } } };

        Assert.Equal(["Five Whys has 4 numbered item(s) asking why; it needs 5"], Of(Lint(four), "IRP8103"));
        Assert.Empty(Of(Lint(four, policy: notRequired), "IRP8103"));
        Assert.Empty(Of(Lint(Complete), "IRP8103"));
    }

    [Fact]
    public void IRP8104_an_action_item_lacking_owner_priority_due_date_or_status_and_a_placeholder_owner_is_present()
    {
        var text = Replace(Complete, "| @bob | High | 2024-03-18 | Done |", "|  | Urgent | soon | Later |");

        Assert.Equal(
            ["action item 'Lower alert threshold from 5% to 2%' lacks an owner, a priority (High, Medium or Low), a due date (YYYY-MM-DD), a status (TODO, In Progress or Done)"],
            Of(Lint(text), "IRP8104"));
        Assert.Empty(Of(Lint(Replace(Complete, "| @bob |", "| [owner] |")), "IRP8104"));
    }

    [Fact]
    public void IRP8104_every_priority_and_status_is_accepted_in_any_case()
    {
        var text = Replace(Replace(Complete, "| High | 2024-03-18 | Done |", "| low | 2024-03-18 | In Progress |"), "| Medium | 2024-03-29 | Done |", "| MEDIUM | 2024-03-29 | todo |");

        Assert.Empty(Of(Lint(text), "IRP8104"));
    }

    [Fact]
    public void IRP8104_and_IRP8112_name_the_action_item_by_its_first_cell_when_the_table_has_no_Action_column()
    {
        var text = Replace(Replace(Replace(Complete, "| Action | Owner |", "| Item | Owner |"), "| High | 2024-03-18 | Done |", "| Urgent | 2024-03-18 | Done |"), "| 2024-03-29 | Done |", "| 2024-03-29 | TODO |");

        var analysis = Lint(text, at: Instant.FromUtc(2024, 3, 30, 12, 0));

        Assert.Equal(["action item 'Lower alert threshold from 5% to 2%' lacks a priority (High, Medium or Low)"], Of(analysis, "IRP8104"));
        Assert.Equal(["action item 'Write the migration procedure, with a backfill step' was due 2024-03-29 and is 'TODO': follow through on action items"], Of(analysis, "IRP8112"));
    }

    [Fact]
    public void IRP8104_of_two_columns_with_one_name_the_first_is_read()
    {
        var text = Replace(
            Replace(
                Replace(Complete, "| Action | Owner | Priority | Due Date | Status |\n|--------|-------|----------|----------|--------|", "| Action | Owner | Priority | Due Date | Status | Owner |\n|--------|-------|----------|----------|--------|-------|"),
                "| Lower alert threshold from 5% to 2% | @bob | High | 2024-03-18 | Done |",
                "| Lower alert threshold from 5% to 2% |  | High | 2024-03-18 | Done | @bob |"),
            "| @alice | High | 2024-03-22 | Done |",
            "| @alice | High | 2024-03-22 | Done |  |");

        Assert.Equal(["action item 'Lower alert threshold from 5% to 2%' lacks an owner"], Of(Lint(text), "IRP8104"));
    }

    [Fact]
    public void IRP8105_an_action_items_table_without_rows()
    {
        var lines = Complete.Split('\n').Where(l => !l.StartsWith("| Add ", StringComparison.Ordinal) && !l.StartsWith("| Lower ", StringComparison.Ordinal) && !l.StartsWith("| Write ", StringComparison.Ordinal));

        Assert.Single(Of(Lint(string.Join('\n', lines)), "IRP8105"));
        Assert.Empty(Of(Lint(Complete), "IRP8105"));
    }

    [Fact]
    public void IRP8105_an_action_items_section_with_a_list_and_no_table()
    {
        var lines = Complete.Split('\n').Where(l => !l.StartsWith("| Add ", StringComparison.Ordinal) && !l.StartsWith("| Lower ", StringComparison.Ordinal) && !l.StartsWith("| Write ", StringComparison.Ordinal));
        var text = Replace(Replace(string.Join('\n', lines), "| Action | Owner | Priority | Due Date | Status |\n", "- Add integration test for null field validation\n"), "|--------|-------|----------|----------|--------|\n", string.Empty);

        Assert.Equal(["the Action Items section has no action item: a table row per action, with its owner, priority, due date and status"], Of(Lint(text), "IRP8105"));
    }

    [Fact]
    public void IRP8106_handles_and_record_names_in_the_named_sections_only_and_never_owners_or_email_addresses()
    {
        var rootCause = "The 13:45 deploy added a non-nullable";
        var text = Replace(Complete, rootCause, "Bob and @dave saw that the 13:45 deploy (mail carol@example.com) added a non-nullable");
        var summary = Replace(Complete, "Checkout failed for most users", "Bob says checkout failed for most users");

        Assert.Equal(["@dave"], Of(Lint(text), "IRP8106").Select(m => m[1..m.IndexOf('\'', 1)]));
        Assert.Equal(["Bob", "@dave"], Of(Lint(text, Payments), "IRP8106").Select(m => m[1..m.IndexOf('\'', 1)]));
        Assert.Empty(Of(Lint(summary, Payments), "IRP8106")); // the Summary is not read
        Assert.Empty(Of(Lint(Complete, Payments), "IRP8106")); // @alice, @bob, @carol own action items
    }

    [Fact]
    public void IRP8106_an_address_written_bare_is_a_link_and_its_at_sign_is_no_handle()
    {
        var rootCause = "The 13:45 deploy added a non-nullable";

        Assert.Empty(Of(Lint(Replace(Complete, rootCause, "As https://medium.com/@payments-eng/postmortem says, the 13:45 deploy added a non-nullable")), "IRP8106"));
        Assert.Equal(["@dave"], Of(Lint(Replace(Complete, rootCause, "As @dave says, the 13:45 deploy added a non-nullable")), "IRP8106").Select(m => m[1..m.IndexOf('\'', 1)]));
    }

    [Fact]
    public void IRP8106_names_that_are_also_common_words_match_only_capitalised_and_handle_like_names_in_any_case()
    {
        var record = Payments with
        {
            Events = [.. Payments.Events, new Model.Events.RoleAssigned(Instant.FromUtc(2024, 3, 15, 14, 9), IncidentRole.Scribe, "will"), new Model.Events.Acknowledged(Instant.FromUtc(2024, 3, 15, 14, 9), "mark.s")],
        };
        var text = Replace(Complete, "The 13:45 deploy added", "We will mark the run; Mark.S and MARK.S say Will knows; willing; the 13:45 deploy added");

        Assert.Equal(["Mark.S", "MARK.S", "Will"], Of(Lint(text, record), "IRP8106").Select(m => m[1..m.IndexOf('\'', 1)]));
    }

    [Fact]
    public void IRP8106_of_two_record_names_found_at_one_place_the_longer_is_reported()
    {
        // The record names "bob" and "Bob Smith": "Bob" is found inside "Bob Smith" too, and the finding quotes the whole name.
        var record = Payments with
        {
            Events = [.. Payments.Events, new Model.Events.RoleAssigned(Instant.FromUtc(2024, 3, 15, 14, 9), IncidentRole.Scribe, "Bob Smith")],
        };
        var text = Replace(Complete, "The 13:45 deploy added", "Bob Smith rolled back; the 13:45 deploy added");

        Assert.Equal(["Bob Smith"], Of(Lint(text, record), "IRP8106").Select(m => m[1..m.IndexOf('\'', 1)]));
    }

    [Fact]
    public void IRP8106_ignored_names_are_not_people()
    {
        var text = Replace(Complete, "The 13:45 deploy added", "@dependabot opened the change; the 13:45 deploy added");
        var policy = ResponsePolicy.Default with { Documents = DocumentSettings.Default with { Review = ReviewSettings.Default with { IgnoreNames = ["Dependabot"] } } };

        Assert.Single(Of(Lint(text), "IRP8106"));
        Assert.Empty(Of(Lint(text, policy: policy), "IRP8106"));
    }

    [Theory]
    [InlineData("It was human error.", "human error")]
    [InlineData("The operator should have checked.", "should have")]
    [InlineData("Nobody was at fault, but it was the vendor's fault.", "at fault")]
    [InlineData("Someone is to blame.", "to blame")]
    [InlineData("The on-call was blamed.", "blamed")]
    [InlineData("A careless change.", "careless")]
    [InlineData("Negligent review.", "Negligent")]
    [InlineData("They forgot to backfill.", "forgot to")]
    public void IRP8107_blaming_phrases_in_any_case(string sentence, string phrase)
    {
        var messages = Of(Lint(Replace(Complete, "## Impact\n", $"## Impact\n{sentence}\n")), "IRP8107");

        Assert.Contains($"'{phrase}' blames a person: ask what allowed this to happen, not who caused it", messages);
    }

    [Fact]
    public void IRP8107_blameless_no_fault_default_and_failed_to_start_never_match()
    {
        var text = Replace(Complete, "## Impact\n", "## Impact\nA blameless, no-fault review: the default pool failed to start; `human error` in code is not prose.\n");

        Assert.Empty(Of(Lint(text), "IRP8107"));
    }

    [Fact]
    public void IRP8102_a_finding_is_at_its_field_not_where_the_field_s_name_appears_inside_another_word()
    {
        const string Header = "**Date**: 2024-03-16 | **Severity**: P1 | **Duration**: 45m | **Author**: Payments platform team";
        var analysis = Lint(Replace(Complete, Header, "**Author**: Platform update crew | **Severity**: P1 | **Duration**: 45m | **Date**: 2024-13-16"));

        var finding = Assert.Single(analysis.Findings, f => f.Id == "IRP8102");
        Assert.Equal("3:77 Date '2024-13-16' is not a date YYYY-MM-DD", $"{finding.Position} {finding.Message}");
    }

    [Theory]
    [InlineData("**Date**: 2024-03-16  \n**Severity**: P1  \n**Duration**: 45m  \n**Author**: Payments platform team")]
    [InlineData("**Date**: 2024-03-16\n**Severity**: P1\n**Duration**: 45m\n**Author**: Payments platform team")]
    [InlineData("**Date**: 2024-03-16 | **Severity**: P1 | **Duration**: 2h\n30m | **Author**: Payments\nplatform team")]
    public void IRP8102_a_header_may_give_a_field_a_line_and_a_value_may_go_on_on_the_next(string header)
    {
        const string Header = "**Date**: 2024-03-16 | **Severity**: P1 | **Duration**: 45m | **Author**: Payments platform team";

        Assert.Empty(Of(Lint(Replace(Complete, Header, header)), "IRP8102"));
        Assert.Equal(
            ["Severity 'P7' is not a level of the policy (P0, P1, P2, P3)"],
            Of(Lint(Replace(Complete, Header, Replace(header, "**Severity**: P1", "**Severity**: P7"))), "IRP8102"));
    }

    [Fact]
    public void IRP8108_a_time_on_a_date_that_does_not_exist_is_not_a_time()
    {
        var text = Replace(Complete, "| 14:00 |", "| 2024-02-30 14:00 |");

        Assert.Equal(["timeline time '2024-02-30 14:00' is not HH:MM or YYYY-MM-DD HH:MM"], Of(Lint(text), "IRP8108"));
    }

    [Fact]
    public void IRP8108_times_in_the_wrong_format_or_out_of_order_and_dated_rows_carry_the_date_forward()
    {
        var text = Replace(Replace(Complete, "| 14:03 |", "| 2pm |"), "| 14:25 |", "| 14:10 |");
        var dated = Replace(Replace(Complete, "| 14:00 |", "| 2024-03-15 23:50 |"), "| 14:03 |", "| 2024-03-16 00:03 |");

        Assert.Equal(["timeline time '2pm' is not HH:MM or YYYY-MM-DD HH:MM", "timeline row at '14:10' is earlier than the row above it"], Of(Lint(text), "IRP8108"));
        var allDated = Replace(Complete.Replace("| 14:", "| 2024-03-15 14:", StringComparison.Ordinal), "| 2024-03-15 14:03 |", "| 2024-03-15 14:30 |");
        Assert.Equal(["timeline row at '2024-03-15 14:05' is earlier than the row above it"], Of(Lint(allDated), "IRP8108"));
        Assert.Empty(Of(Lint(dated), "IRP8108")); // 14:05 after 2024-03-16 00:03 is on the 16th
    }

    [Fact]
    public void IRP8108_a_row_is_timed_by_its_first_cell_also_when_another_cell_is_empty()
    {
        Assert.Empty(Of(Lint(Replace(Complete, "| 14:03 | On-call acknowledged |", "| 14:03 | |")), "IRP8108"));
    }

    [Fact]
    public void IRP8108_a_row_without_a_time_is_reported_at_its_row_and_a_bad_time_where_its_text_starts()
    {
        var analysis = Lint(Replace(Replace(Complete, "| 14:03 | On-call acknowledged |", "| | On-call acknowledged |"), "| 14:25 |", "|  2pm |"));

        Assert.Equal(
            ["14:1 timeline time '' is not HH:MM or YYYY-MM-DD HH:MM", "17:4 timeline time '2pm' is not HH:MM or YYYY-MM-DD HH:MM"],
            analysis.Findings.Where(f => f.Id == "IRP8108").Select(f => $"{f.Position} {f.Message}"));
    }

    [Fact]
    public void IRP8104_an_action_item_row_of_empty_cells_is_reported_at_its_row()
    {
        var analysis = Lint(Replace(Complete, "| Lower alert threshold from 5% to 2% | @bob | High | 2024-03-18 | Done |", "|  |  |  |  |  |"));

        var finding = Assert.Single(analysis.Findings, f => f.Id == "IRP8104");
        Assert.Equal("40:1", finding.Position.ToString());
    }

    [Fact]
    public void IRP8109_each_missing_prompt()
    {
        var text = Replace(Complete, "- What could improve:", "- Next time:");

        Assert.Equal(["Lessons Learned has no 'What could improve'"], Of(Lint(text), "IRP8109"));
    }

    [Fact]
    public void IRP8110_a_review_dated_after_the_review_deadline_compared_as_dates_in_the_calendars_zone()
    {
        // Resolved 14:45 UTC on the 15th, a P1: reviewed by 14:45 UTC on the 17th.
        Assert.Empty(Of(Lint(Replace(Complete, "**Date**: 2024-03-16", "**Date**: 2024-03-17"), Payments), "IRP8110"));
        Assert.Equal(
            ["the review is dated 2024-03-18, after its deadline 2024-03-17 (reviewBy 2024-03-17T14:45:00Z): a P1 incident is reviewed within 48h of resolution"],
            Of(Lint(Replace(Complete, "**Date**: 2024-03-16", "**Date**: 2024-03-18"), Payments), "IRP8110"));
        Assert.Empty(Of(Lint(Replace(Complete, "**Date**: 2024-03-16", "**Date**: 2024-03-18")), "IRP8110")); // no incident, no check
    }

    [Fact]
    public void IRP8111_a_header_severity_that_is_not_the_peak()
    {
        Assert.Equal(["the header's Severity is P2, but the incident's peak severity is P1"], Of(Lint(Replace(Complete, "**Severity**: P1", "**Severity**: P2"), Payments), "IRP8111"));
        Assert.Empty(Of(Lint(Replace(Complete, "**Severity**: P1", "**Severity**: P2")), "IRP8111"));
    }

    [Fact]
    public void IRP8112_an_overdue_action_item_not_done()
    {
        var text = Replace(Complete, "| 2024-03-29 | Done |", "| 2024-03-29 | In Progress |");

        Assert.Empty(Of(Lint(text, at: Instant.FromUtc(2024, 3, 29, 12, 0)), "IRP8112"));
        Assert.Equal(["action item 'Write the migration procedure, with a backfill step' was due 2024-03-29 and is 'In Progress': follow through on action items"],
            Of(Lint(text, at: Instant.FromUtc(2024, 3, 30, 12, 0)), "IRP8112"));
    }

    [Fact]
    public void IRP8112_an_overdue_action_item_with_an_empty_status_is_said_to_be_without_a_status()
    {
        var text = Replace(Complete, "| 2024-03-29 | Done |", "| 2024-03-29 |  |");

        Assert.Equal(["action item 'Write the migration procedure, with a backfill step' was due 2024-03-29 and is without a status: follow through on action items"],
            Of(Lint(text, at: Instant.FromUtc(2024, 3, 30, 12, 0)), "IRP8112"));
    }

    public static TheoryData<string> Samples => [.. Repository.SampleIncidentNames];

    [Theory]
    [MemberData(nameof(Samples))]
    public void A_draft_linted_with_its_own_incident_at_the_same_instant_reports_only_placeholders(string sample)
    {
        var incident = IncidentJson.ReadIncident(Repository.SampleIncident(sample));
        var at = ReviewDraftApprovalTests.DraftedAt(incident);

        var analysis = Lint(ReviewDraft.Write(Engines.Default, incident, at), incident, at);

        Assert.Equal(DocumentKind.Review, analysis.Kind);
        Assert.NotEmpty(analysis.Findings);
        Assert.All(analysis.Findings, f => Assert.Equal("IRP8009", f.Id));
    }
}
