using System;
using System.Collections.Generic;
using System.CommandLine;
using System.Linq;
using IncidentPolicy.Communications;
using IncidentPolicy.Serialization;

namespace IncidentPolicy.Cli.Commands;

/// <summary>
/// <c>message &lt;incident.json&gt; --kind ... [--at] [--policy] [--format text|markdown|slack|json] [--set name=value]... [--with-checklist]</c>:
/// one of the procedure's four messages, rendered for its channel.
/// </summary>
internal static class MessageCommand
{
    private const string JsonFormat = "json";

    public static Command Create(CliContext context)
    {
        var incidentFile = CliOptions.IncidentFile();
        var kind = new Option<string>("--kind")
        {
            Description = "Which message: 'initialAlert', 'statusUpdate', 'resolution' or 'customer' (the customer-facing update, which never names a level, person, role or channel).",
            HelpName = string.Join('|', WireNames.MessageKind.Names),
            Required = true,
        };
        kind.AcceptOnlyFromAmong([.. WireNames.MessageKind.Names]);
        var at = CliOptions.Instant(
            "--at",
            "The instant the message speaks for, ISO-8601 (2024-03-15T17:00:00Z). Default: now, from the system clock. It may not be before detectedAt.");
        var policy = CliOptions.Policy();
        var format = new Option<string>("--format")
        {
            Description = "Where the message goes: 'text', 'markdown' or 'slack' (values from the record escaped for it), or 'json' "
                + "({ kind, at, text, missing }, the text in plain text). Default: text.",
            HelpName = "text|markdown|slack|json",
            DefaultValueFactory = _ => "text",
        };
        format.AcceptOnlyFromAmong([.. WireNames.MessageFormat.Names, JsonFormat]);
        var set = new Option<string[]>("--set")
        {
            Description = "A value for a field the record does not hold, name=value (e.g. currentState=\"Error rate falling\"); repeat for more. "
                + "Names: " + string.Join(", ", MessageFields.All) + ".",
            HelpName = "name=value",
            AllowMultipleArgumentsPerToken = false,
        };
        var withChecklist = new Option<bool>("--with-checklist")
        {
            Description = "List the incident checklist's overdue items in the message (the status update ends with them); never in the customer message.",
        };
        var command = new Command("message", "Renders one of the procedure's messages for an incident at an instant. What the record does not hold is a bracketed placeholder, listed under 'missing' in JSON. Exit codes: 0, also when placeholders remain; 2 bad input, a bad policy or a template that is stopped.")
        {
            incidentFile, kind, at, policy, format, set,
            withChecklist,
        };
        command.SetAction(parseResult => CliApplication.Guard(context, () =>
        {
            var values = ParseSet(parseResult.GetValue(set) ?? []);
            var path = parseResult.GetRequiredValue(incidentFile);
            var (incident, _, engine) = Inputs.IncidentAndPolicy(path, parseResult.GetValue(policy));
            var given = parseResult.GetValue(at);
            var instant = given ?? context.Clock.GetCurrentInstant();
            Inputs.RequireAtNotBeforeDetection(path, incident, given, instant);
            _ = WireNames.MessageKind.TryParse(parseResult.GetRequiredValue(kind), out var messageKind);
            var formatName = parseResult.GetValue(format) ?? "text";
            var json = string.Equals(formatName, JsonFormat, StringComparison.Ordinal);
            var messageFormat = json ? MessageFormat.Text : WireNames.MessageFormat.TryParse(formatName, out var f) ? f : MessageFormat.Text;
            var composer = new MessageComposer(engine, new MessageComposerOptions { ListOverdueChecklistItems = parseResult.GetValue(withChecklist) });
            ComposedMessage message;
            try
            {
                message = Inputs.WithIncidentFile(path, incident, () => composer.Compose(incident, instant, messageKind, messageFormat, values));
            }
            catch (InvalidOperationException e)
            {
                throw new CliInputException($"{parseResult.GetValue(policy) ?? "the policy"}: communications.templates.{WireNames.MessageKind.Name(messageKind)}: {e.Message}", e);
            }

            context.Out.Write(json ? MessageJson.Write(message) + "\n" : message.Text);
            return ExitCodes.Ok;
        }));
        return command;
    }

    /// <summary>Reads every <c>--set name=value</c>, reporting every malformed one and every unknown name at once.</summary>
    private static Dictionary<string, string> ParseSet(string[] items)
    {
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        var problems = new List<string>();
        foreach (var item in items)
        {
            var equals = item.IndexOf('=', StringComparison.Ordinal);
            if (equals <= 0)
            {
                problems.Add($"--set '{item}': expected name=value, such as currentState=Error rate falling");
                continue;
            }

            var name = item[..equals];
            if (string.Equals(name, MessageFields.OverdueItems, StringComparison.Ordinal))
            {
                problems.Add($"--set '{item}': '{name}' is computed from the incident checklist and cannot be set; use --with-checklist");
                continue;
            }

            if (!MessageFields.All.Contains(name, StringComparer.Ordinal))
            {
                var near = MessageFields.All.FirstOrDefault(f => string.Equals(f, name, StringComparison.OrdinalIgnoreCase));
                problems.Add($"--set '{item}': unknown field '{name}'{(near is null ? string.Empty : $"; did you mean '{near}'?")}; the fields are {string.Join(", ", MessageFields.All)}");
                continue;
            }

            values[name] = item[(equals + 1)..];
        }

        return problems.Count == 0 ? values : throw new CliInputException(string.Join('\n', problems));
    }
}
