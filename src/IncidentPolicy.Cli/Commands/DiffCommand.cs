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
        var span = CliOptions.Duration(
            "--for",
            "Compare each record this long after its own detection, ISO-8601 (P7D, PT8H; a day is 24 hours): "
            + "a folder of records then shows what happens after their last events (escalations, missed updates, reviews). Instead of --at.");
        var format = CliOptions.Format("a plan: + added, - removed, ~ changed, per record", "every record's changes, each with its path, before and after");
        var command = new Command(
            "diff",
            "What a change of policy does to incidents, like a plan before an apply: each record is evaluated under both policies at one instant "
            + "and every difference is shown (severity and its history, status, phase, channel, deadlines, notifications, diagnostics, next change); "
            + "nothing when the two agree. Exit codes: 0 compared (with or without changes), 2 bad input or a bad policy.")
        {
            paths, from, to, at, span, format,
        };
        command.Validators.Add(result =>
        {
            if (result.GetResult(at) is not null && result.GetResult(span) is not null)
            {
                result.AddError("--at and --for cannot be used together: give the instant one way.");
            }
        });
        command.SetAction(parseResult => CliApplication.Guard(context, () =>
        {
            var (oldPolicy, newPolicy) = DiffInputs.Policies(parseResult.GetRequiredValue(from), parseResult.GetRequiredValue(to));
            var incidents = DiffInputs.Incidents(
                parseResult.GetRequiredValue(paths), context.WorkingDirectory ?? Directory.GetCurrentDirectory(), oldPolicy, newPolicy);
            var given = parseResult.GetValue(at);
            var late = incidents.Where(f => given is { } instant && instant < f.Incident.DetectedAt).ToList();
            if (late.Count > 0)
            {
                // Every record the instant is too early for, not only the first.
                throw new CliInputException(string.Join('\n', late.Select(f => BeforeDetection(f, given!.Value))));
            }

            var sinceDetection = parseResult.GetValue(span);
            var diffs = incidents
                .Select(f => PolicyDiff.Compare(
                    oldPolicy.Engine,
                    newPolicy.Engine,
                    f.Incident,
                    given ?? (sinceDetection is { } d ? f.Incident.DetectedAt + d : PolicyDiff.DefaultInstant(f.Incident))) with { Source = f.Path })
                .ToList();
            if (string.Equals(parseResult.GetValue(format), CliOptions.Json, StringComparison.Ordinal))
            {
                context.Out.Write(PolicyDiffJson.WriteReport(oldPolicy.Name, newPolicy.Name, diffs));
                context.Out.Write('\n');
            }
            else
            {
                PolicyDiffText.Write(context.Out, oldPolicy.Name, newPolicy.Name, incidents.Select(f => f.Incident).ToList(), diffs, context.Style);
            }

            return ExitCodes.Ok;
        }));
        return command;
    }

    private static string BeforeDetection(DiffInputs.IncidentFile file, NodaTime.Instant at) =>
        $"{file.Path}: --at {TimeText.Iso(at)} is before the incident was detected ($.detectedAt: {TimeText.Iso(file.Incident.DetectedAt)}); "
        + "the policy has nothing to say about an incident before its detection.";

    private static Option<string> PolicyOption(string name, string what) => new(name)
    {
        Description = $"{what}: '{DiffInputs.DefaultPolicyName}' for the built-in default policy, or a policy document (JSON): an override applied onto the default "
            + "policy, or a whole policy with \"extends\": \"none\" (a file named default: ./default).",
        HelpName = "default|policy.json",
        Required = true,
    };
}
