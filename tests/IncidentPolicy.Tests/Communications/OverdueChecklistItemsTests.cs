using System;
using System.Collections.Generic;
using System.Linq;
using IncidentPolicy.Checklist;
using IncidentPolicy.Communications;
using IncidentPolicy.Evaluation;
using IncidentPolicy.Model;
using IncidentPolicy.Model.Events;
using IncidentPolicy.Policy;
using IncidentPolicy.Serialization;
using IncidentPolicy.Tests.Support;
using Xunit;

namespace IncidentPolicy.Tests.Communications;

/// <summary>
/// A status update lists the checklist's overdue items when the host asks for it (docs/communications.md): asked or
/// not, none overdue, several in the checklist's order, each format, escaped, and never in the customer message. A P1
/// detected at 14:00 with its impact known: at 14:31 the channel, the roles, the first update and the scribe are overdue.
/// </summary>
public sealed class OverdueChecklistItemsTests
{
    private static readonly string Folder = Repository.PathOf("tests", "IncidentPolicy.Tests", "Communications", "Approved");

    private static readonly MessageComposer Plain = new(Engines.Default);

    private static readonly MessageComposer Listing = new(Engines.Default, new MessageComposerOptions { ListOverdueChecklistItems = true });

    private static IncidentRecord P1(params IncidentEvent[] events) =>
        new("INC-7", "Checkout down", T.Of("2024-03-15T14:00:00Z"), Incidents.P1Impact, events);

    [Fact]
    public void Not_asked_the_status_update_lists_no_checklist_items_even_when_some_are_overdue()
    {
        var text = Plain.Compose(P1(), T.Of("14:31"), MessageKind.StatusUpdate).Text;

        Assert.NotEmpty(new ChecklistEngine(Engines.Default).Report(P1(), T.Of("14:31")).Overdue);
        Assert.DoesNotContain("Overdue checklist items", text, StringComparison.Ordinal);
        Assert.EndsWith("Next steps: [What will be done next]\n\nNext update in 30 minutes.\n", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Asked_the_status_update_lists_the_overdue_items_in_the_checklists_order_with_their_due_instants()
    {
        var message = Listing.Compose(P1(), T.Of("14:31"), MessageKind.StatusUpdate);

        Assert.Contains(
            "Next steps: [What will be done next]\n\nOverdue checklist items:\n"
            + "- Incident channel or bridge opened. Due by 2024-03-15 14:30 UTC.\n"
            + "- Roles assigned (IC, Technical Lead, Comms, Scribe). Due by 2024-03-15 14:30 UTC.\n"
            + "- Initial stakeholder notification sent. Due by 2024-03-15 14:30 UTC.\n"
            + "- Timeline being recorded in real time. Due by 2024-03-15 14:30 UTC.\n\nNext update in 30 minutes.\n",
            message.Text,
            StringComparison.Ordinal);
        var report = new ChecklistEngine(Engines.Default).Report(P1(), T.Of("14:31"));
        Assert.Equal(["channelOpened", "rolesAssigned", "stakeholdersNotified", "timelineRecorded"], report.Overdue.Select(i => i.Key));
        Assert.DoesNotContain(MessageFields.OverdueItems, message.Missing);
    }

    [Fact]
    public void Asked_with_nothing_overdue_the_status_update_reads_as_without_the_option()
    {
        var done = P1(
            new ChannelOpened(T.Of("14:05")), new RoleAssigned(T.Of("14:06"), IncidentRole.IncidentCommander, "carol"),
            new RoleAssigned(T.Of("14:06"), IncidentRole.TechnicalLead, "dave"), new RoleAssigned(T.Of("14:06"), IncidentRole.CommunicationsLead, "erin"),
            new RoleAssigned(T.Of("14:06"), IncidentRole.Scribe, "frank"), new StatusUpdatePosted(T.Of("14:20")));

        var listed = Listing.Compose(done, T.Of("14:31"), MessageKind.StatusUpdate);

        Assert.Empty(new ChecklistEngine(Engines.Default).Report(done, T.Of("14:31")).Overdue);
        Assert.Equal(Plain.Compose(done, T.Of("14:31"), MessageKind.StatusUpdate).Text, listed.Text);
    }

    [Fact]
    public void An_item_done_since_is_no_longer_listed()
    {
        var text = Listing.Compose(P1(new ChannelOpened(T.Of("14:25"))), T.Of("14:31"), MessageKind.StatusUpdate).Text;

        Assert.DoesNotContain("Incident channel", text, StringComparison.Ordinal);
        Assert.Contains("- Roles assigned", text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(MessageFormat.Text)]
    [InlineData(MessageFormat.Markdown)]
    [InlineData(MessageFormat.Slack)]
    public void The_status_update_with_the_overdue_items_reads_as_approved_in_each_format(MessageFormat format)
    {
        var incident = P1(new MitigationApplied(T.Of("14:20"), "rollback")) with { Title = "Checkout <!here> *down* & [slow]" };

        var message = Listing.Compose(incident, T.Of("14:31"), MessageKind.StatusUpdate, format);

        Approval.Verify(Folder, $"checkout-down.statusUpdate.withChecklist.{WireNames.MessageFormat.Name(format)}", message.Text);
    }

    [Fact]
    public void The_customer_message_never_lists_the_overdue_items_even_when_asked()
    {
        Assert.Equal(
            Plain.Compose(P1(), T.Of("14:31"), MessageKind.Customer).Text,
            Listing.Compose(P1(), T.Of("14:31"), MessageKind.Customer).Text);
        Assert.DoesNotContain("Roles assigned", Listing.Compose(P1(), T.Of("14:31"), MessageKind.Customer).Text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_customer_template_that_uses_the_overdue_items_is_refused_when_the_policy_is_built()
    {
        var e = Assert.Throws<IncidentPolicy.Validation.InvalidPolicyException>(() => ResponsePolicy.CreateBuilder()
            .MessageTemplate(MessageKind.Customer, "{% for i in overdueItems %}{{ i.title }}{% endfor %}").Build());

        Assert.Contains("$.communications.templates.customer: line 1, column 13: the customer message cannot use 'overdueItems', an internal field", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_policy_template_reads_each_items_key_title_and_due_instant()
    {
        var policy = ResponsePolicy.CreateBuilder()
            .MessageTemplate(MessageKind.StatusUpdate, "{{ overdueItems.size }}:{% for i in overdueItems %} {{ i.key }}|{{ i.title | upcase }}|{{ i.dueBy }};{% endfor %}")
            .Build();
        var composer = new MessageComposer(new PolicyEngine(policy), new MessageComposerOptions { ListOverdueChecklistItems = true });

        var text = composer.Compose(P1(new ChannelOpened(T.Of("14:05")), new StatusUpdatePosted(T.Of("14:20"))), T.Of("14:31"), MessageKind.StatusUpdate, MessageFormat.Markdown).Text;

        Assert.Equal(
            "2: rolesAssigned|ROLES ASSIGNED (IC, TECHNICAL LEAD, COMMS, SCRIBE).|2024-03-15 14:30 UTC; timelineRecorded|TIMELINE BEING RECORDED IN REAL TIME.|2024-03-15 14:30 UTC;\n",
            text);
    }

    [Fact]
    public void Not_asked_a_policy_template_sees_an_empty_list()
    {
        var policy = ResponsePolicy.CreateBuilder().MessageTemplate(MessageKind.InitialAlert, "[{{ overdueItems.size }}]{% for i in overdueItems %}x{% endfor %}").Build();

        Assert.Equal("[0]\n", new MessageComposer(new PolicyEngine(policy)).Compose(P1(), T.Of("14:31"), MessageKind.InitialAlert).Text);
    }

    [Fact]
    public void A_template_that_reads_a_member_an_item_does_not_have_is_refused_at_its_line_and_column()
    {
        var e = Assert.Throws<IncidentPolicy.Validation.InvalidPolicyException>(() => ResponsePolicy.CreateBuilder()
            .MessageTemplate(MessageKind.StatusUpdate, "Overdue:\n{% for item in overdueItems %}- {{ item.titel }}\n{% endfor %}").Build());

        Assert.Contains("$.communications.templates.statusUpdate: line 2, column 36: an item of 'overdueItems' has no 'titel'; it has key, title, dueBy", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_host_cannot_give_the_overdue_items()
    {
        var e = Assert.Throws<ArgumentException>(() => Listing.Compose(
            P1(), T.Of("14:31"), MessageKind.StatusUpdate, values: new Dictionary<string, string> { [MessageFields.OverdueItems] = "none" }));

        Assert.StartsWith("'overdueItems' is computed from the incident checklist and cannot be given", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Listing_the_items_changes_no_evaluation_and_reads_the_same_from_an_evaluation_the_host_holds()
    {
        var evaluation = Engines.Default.Evaluate(P1(), T.Of("14:31"));
        var before = IncidentJson.WriteEvaluation(evaluation);

        var fromEvaluation = Listing.Compose(P1(), evaluation, MessageKind.StatusUpdate, MessageFormat.Slack);

        Assert.Equal(Listing.Compose(P1(), T.Of("14:31"), MessageKind.StatusUpdate, MessageFormat.Slack).Text, fromEvaluation.Text);
        Assert.Equal(before, IncidentJson.WriteEvaluation(evaluation));
    }
}
