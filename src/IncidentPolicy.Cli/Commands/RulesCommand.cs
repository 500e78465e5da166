using System.CommandLine;
using System.Linq;
using IncidentPolicy.Cli.Output;
using IncidentPolicy.Serialization;

namespace IncidentPolicy.Cli.Commands;

/// <summary><c>rules [--policy]</c>: the rule catalogue with the severities in force.</summary>
internal static class RulesCommand
{
    public static Command Create(CliContext context)
    {
        var policy = CliOptions.Policy();
        var command = new Command(
            "rules",
            "The rule catalogue: the built-in rules, the policy checks (IRP9xxx) and custom rules, with each rule's severity in force after the policy's overrides.")
        {
            policy,
        };
        command.SetAction(parseResult => CliApplication.Guard(context, () =>
        {
            var policyPath = parseResult.GetValue(policy);
            var responsePolicy = Inputs.ReadPolicy(policyPath); // refuses unknown rule IDs and categories, as the engine would; no rules compiled
            var style = context.Style;
            var output = context.Out;

            output.WriteLine(style.Bold(policyPath is null ? "Rules of the default policy" : $"Rules of the default policy with {policyPath}"));
            output.WriteLine();
            output.WriteLine(style.Bold($"{"ID",-9}{"Severity",-10}{"Default",-10}{"Category",-15}Title"));
            foreach (var (descriptor, severity) in responsePolicy.Rules.Select(r => (r, responsePolicy.RuleSeverities.EffectiveSeverity(r))))
            {
                var changed = severity != descriptor.DefaultSeverity ? "*" : " ";
                var effective = WireNames.RuleSeverity.Name(severity);
                var note = descriptor.IsConfigurable ? string.Empty : style.Dim(" (not configurable)");
                output.WriteLine(
                    $"{descriptor.Id,-9}{Colour(style, effective, effective.PadRight(10))}{WireNames.RuleSeverity.Name(descriptor.DefaultSeverity) + changed,-10}{descriptor.Category,-15}{descriptor.Title}{note}");
            }

            output.WriteLine();
            output.WriteLine("Severity is the one in force: a rule ID's override wins over its category's, which wins over allRules, which wins over the default;");
            output.WriteLine("'none' turns a rule off, '*' marks a severity that differs from the default. IRP9xxx check the policy itself (check-policy).");
            output.WriteLine("Run 'incident-policy explain <ID>' for what a rule checks and how to configure it.");
            return ExitCodes.Ok;
        }));
        return command;
    }

    private static string Colour(TextStyle style, string severity, string text) => severity switch
    {
        "error" => style.Red(text),
        "warning" => style.Yellow(text),
        "info" => style.Cyan(text),
        _ => style.Dim(text),
    };
}
