using System;
using System.Collections.Generic;
using System.Linq;
using FsCheck;
using FsCheck.Fluent;
using IncidentPolicy.Communications;
using IncidentPolicy.Model;
using IncidentPolicy.Model.Events;
using IncidentPolicy.Rules;
using IncidentPolicy.Serialization;
using IncidentPolicy.Tests.Properties.Generators;
using Xunit;

namespace IncidentPolicy.Tests.Properties;

/// <summary>The messages of any generated record (docs/communications.md): the customer message keeps internal names out; rendering is deterministic and changes no evaluation.</summary>
public sealed class MessageProperties
{
    [Invariant]
    public Property The_customer_message_holds_none_of_the_records_people_roles_levels_rule_IDs_channel_text_or_checklist_items() => Prop.ForAll(Scenarios.Of(RecordShape.Any), s =>
    {
        var composer = new MessageComposer(s.Engine);
        var evaluation = s.Evaluate(s.At);

        var text = composer.Compose(s.Incident, evaluation, MessageKind.Customer, MessageFormat.Text).Text;

        // A host that asks for the checklist's overdue items gets the same customer message: never the checklist's items.
        var listing = new MessageComposer(s.Engine, new MessageComposerOptions { ListOverdueChecklistItems = true });
        Assert.Equal(text, listing.Compose(s.Incident, evaluation, MessageKind.Customer, MessageFormat.Text).Text);
        foreach (var item in IncidentPolicy.Checklist.ChecklistItems.All)
        {
            Assert.DoesNotContain(item.Text, text, StringComparison.OrdinalIgnoreCase);
        }

        var people = s.Incident.Events.SelectMany(e => e switch
        {
            RoleAssigned r => [r.Person],
            Acknowledged { By: { } by } => [by],
            SeverityAssigned { By: { } by } => [by],
            _ => Array.Empty<string>(),
        }).Select(p => p.Trim()).Where(p => p.Length > 0);
        var internalWords = people
            .Concat(WireNames.Role.Names)
            .Concat(s.Policy.Policy.Levels.Select(l => l.Name))
            .Concat(BuiltInRules.All.Select(r => r.Id))
            .Concat(s.Incident.Events.OfType<MitigationApplied>().Select(m => m.Action ?? string.Empty).Where(a => a.Length > 0))
            .Concat(s.Incident.Events.OfType<SeverityAssigned>().Select(m => m.Reason ?? string.Empty).Where(a => a.Length > 0))
            .Concat(evaluation.Channel is { } channel ? [channel] : [])
            .Concat(s.Incident.Title.Trim().Length > 4 ? [s.Incident.Title] : [])
            .Concat(InternalTexts(s.Incident).Where(t => !CustomerDescriptions(s.Incident).Any(c => c.Contains(t, StringComparison.OrdinalIgnoreCase))));
        foreach (var word in internalWords)
        {
            Assert.DoesNotContain(word, text, StringComparison.OrdinalIgnoreCase);
        }
    });

    /// <summary>The record's free text for responders: impact descriptions, update messages, identified causes, the resolution's root cause and fix.</summary>
    private static IEnumerable<string> InternalTexts(IncidentRecord incident) =>
        new[] { incident.Impact.Description }
            .Concat(incident.Events.Select(e => e switch
            {
                ImpactReassessed i => i.Impact.Description,
                StatusUpdatePosted u => u.Message,
                CauseIdentified c => c.Summary,
                _ => null,
            }))
            .Concat(incident.Events.OfType<Resolved>().SelectMany(r => new[] { r.RootCause, r.Resolution }))
            .OfType<string>()
            .Select(t => t.Trim())
            .Where(t => t.Length > 4);

    /// <summary>What the record gives for customers: the customer message may say it, whatever else also says it.</summary>
    private static IEnumerable<string> CustomerDescriptions(IncidentRecord incident) =>
        new[] { incident.Impact.CustomerDescription }
            .Concat(incident.Events.OfType<ImpactReassessed>().Select(i => i.Impact.CustomerDescription))
            .OfType<string>();

    [Invariant]
    public Property Rendering_is_deterministic_and_changes_no_evaluation() => Prop.ForAll(Scenarios.Of(RecordShape.Any), s =>
    {
        var evaluation = s.Evaluate(s.At);
        var before = IncidentJson.WriteEvaluation(evaluation);
        var composer = new MessageComposer(s.Engine);

        foreach (var kind in Enum.GetValues<MessageKind>())
        {
            foreach (var format in Enum.GetValues<MessageFormat>())
            {
                var message = composer.Compose(s.Incident, evaluation, kind, format);
                var again = composer.Compose(s.Incident, evaluation, kind, format);
                Assert.Equal(message.Text, again.Text);
                Assert.Equal<string>(message.Missing, again.Missing);
            }
        }

        // By another road: the record written as JSON and read back, evaluated again by the composer.
        var incident = IncidentJson.ReadIncident(IncidentJson.WriteIncident(s.Incident));
        Assert.Equal(composer.Compose(s.Incident, evaluation, MessageKind.StatusUpdate, MessageFormat.Slack).Text, composer.Compose(incident, s.At, MessageKind.StatusUpdate, MessageFormat.Slack).Text);
        Assert.Equal(before, IncidentJson.WriteEvaluation(evaluation));
        Assert.Equal(before, IncidentJson.WriteEvaluation(s.Evaluate(s.At)));
    });
}
