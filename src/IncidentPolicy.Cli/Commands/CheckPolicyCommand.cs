using System.CommandLine;
using IncidentPolicy.Cli.Output;
using IncidentPolicy.Policy.Checks;

namespace IncidentPolicy.Cli.Commands;

/// <summary>
/// <c>check-policy &lt;policy.json&gt;</c>: validation (exit code 2 with every problem and its JSON path)
/// and the policy checks IRP9xxx, which are printed but do not fail (exit code 0).
/// </summary>
internal static class CheckPolicyCommand
{
    public static Command Create(CliContext context)
    {
        var file = new Argument<string>("policy.json")
        {
            Description = "A policy document (JSON), read as --policy reads it: an override of the default policy, or a whole policy with \"extends\": \"none\".",
        };
        var command = new Command(
            "check-policy",
            "Validate a policy document: exit code 2 listing every problem with its JSON path; otherwise exit code 0 and the policy checks' "
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
                : $"{path}: {style.Green("valid")}, with {Plural.Count(diagnostics.Length, "diagnostic")} from the policy checks (IRP9xxx); they do not fail the check:");
            foreach (var diagnostic in diagnostics)
            {
                context.Out.WriteLine($"  {diagnostic.Path}  {diagnostic.Id} {SeverityWords.Word(style, diagnostic.Severity)}: {diagnostic.Message}");
            }

            return ExitCodes.Ok;
        }));
        return command;
    }
}
