using System;
using System.CommandLine;
using System.IO;
using System.Linq;
using IncidentPolicy.Cli.Output;
using IncidentPolicy.Diff;
using IncidentPolicy.Serialization;

namespace IncidentPolicy.Cli.Commands;

/// <summary>
/// <c>diff --from &lt;policy&gt; --to &lt;policy&gt; &lt;incident-or-folder&gt;... [--at] [--format]</c>: what a change of policy does to
/// each record (<see cref="PolicyDiff"/>), like a plan before an apply; exit code 0 whatever it shows.
/// </summary>
internal static class DiffCommand
{
    public static Command Create(CliContext context)
    {
        var paths = new Argument<string[]>("incident-or-folder")
        {
            Description = "Incident records (JSON, see samples/incidents/), or folders whose *.json files are read recursively.",
            Arity = ArgumentArity.OneOrMore,
        };
        var from = PolicyOption("--from", "The policy before the change");
        var to = PolicyOption("--to", "The policy after the change");
        var at = CliOptions.Instant(
            "--at",
            "The instant every record is compared at, ISO-8601 (2024-03-15T17:00:00Z); not before a record's detectedAt. "
            + "Default: each record's last recorded event (its detection when it has none).");
        var format = CliOptions.Format("a plan: + added, - removed, ~ changed, per record", "every record's changes, each with its path, before and after");
        var command = new Command(
            "diff",
            "What a change of policy does to incidents, like a plan before an apply: each record is evaluated under both policies at one instant "
            + "and every difference is shown (severity and its history, status, phase, channel, deadlines, notifications, diagnostics, next change); "
            + "nothing when the two agree. Exit codes: 0 compared (with or without changes), 2 bad input or a bad policy.")
        {
            paths, from, to, at, format,
        };
        command.SetAction(parseResult => CliApplication.Guard(context, () =>
        {
            var (before, after) = DiffInputs.Policies(parseResult.GetRequiredValue(from), parseResult.GetRequiredValue(to));
            var incidents = DiffInputs.Incidents(
                parseResult.GetRequiredValue(paths), context.WorkingDirectory ?? Directory.GetCurrentDirectory(), before, after);
            var given = parseResult.GetValue(at);
            foreach (var file in incidents.Where(f => given is { } instant && instant < f.Incident.DetectedAt))
            {
                Inputs.RequireNotBeforeDetection(file.Path, file.Incident, "--at", given!.Value);
            }

            var diffs = incidents
                .Select(f => PolicyDiff.Compare(before.Engine, after.Engine, f.Incident, given ?? PolicyDiff.DefaultInstant(f.Incident)) with { Source = f.Path })
                .ToList();
            if (string.Equals(parseResult.GetValue(format), CliOptions.Json, StringComparison.Ordinal))
            {
                context.Out.Write(PolicyDiffJson.WriteReport(before.Name, after.Name, diffs));
                context.Out.Write('\n');
            }
            else
            {
                PolicyDiffText.Write(context.Out, before.Name, after.Name, incidents.Select(f => f.Incident).ToList(), diffs, context.Style);
            }

            return ExitCodes.Ok;
        }));
        return command;
    }

    private static Option<string> PolicyOption(string name, string what) => new(name)
    {
        Description = $"{what}: '{DiffInputs.DefaultPolicyName}' for the built-in default policy, or a policy document (JSON): an override applied onto the default "
            + "policy, or a whole policy with \"extends\": \"none\" (a file named default: ./default).",
        HelpName = "default|policy.json",
        Required = true,
    };
}
