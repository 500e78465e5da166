using System.CommandLine;
using IncidentPolicy.Cli.Output;
using IncidentPolicy.Policy.Checks;
using static System.FormattableString;

namespace IncidentPolicy.Cli.Commands;

/// <summary>
/// <c>check-policy &lt;override.json&gt;</c>: validation (exit code 2 with every problem and its JSON path)
/// and the policy checks IRP9xxx, which are printed but do not fail (exit code 0).
/// </summary>
internal static class CheckPolicyCommand
{
    public static Command Create(CliContext context)
    {
        var file = new Argument<string>("override.json")
        {
            Description = "A policy override document (JSON), applied onto the default policy as --policy would apply it.",
        };
        var command = new Command(
            "check-policy",
            "Validate a policy override: exit code 2 listing every problem with its JSON path; otherwise exit code 0 and the policy checks' "
            + "(IRP9xxx) diagnostics about valid but questionable settings, which are printed but do not fail the check.")
        {
            file,
        };
        command.SetAction(parseResult => CliApplication.Guard(context, () =>
        {
            var path = parseResult.GetRequiredValue(file);
            var policy = Inputs.ReadPolicy(path); // refuses the whole document with every problem, rule IDs and categories included
            var diagnostics = PolicyAnalyzer.Analyze(policy);
            var style = context.Style;

            context.Out.WriteLine(diagnostics.IsEmpty
                ? $"{path}: {style.Green("valid")}; the policy checks (IRP9xxx) report nothing."
                : Invariant($"{path}: {style.Green("valid")}, with {diagnostics.Length} diagnostic(s) from the policy checks (IRP9xxx); they do not fail the check:"));
            foreach (var diagnostic in diagnostics)
            {
                context.Out.WriteLine($"  {diagnostic.Path}  {diagnostic.Id} {SeverityWords.Word(style, diagnostic.Severity)}: {diagnostic.Message}");
            }

            return ExitCodes.Ok;
        }));
        return command;
    }
}
