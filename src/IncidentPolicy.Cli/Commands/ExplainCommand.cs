using System.CommandLine;

namespace IncidentPolicy.Cli.Commands;

/// <summary><c>explain &lt;ID&gt;</c>: a rule's documentation page, embedded in the tool.</summary>
internal static class ExplainCommand
{
    public static Command Create(CliContext context)
    {
        var id = new Argument<string>("ID") { Description = "A rule ID, e.g. IRP3001 (any case). 'incident-policy rules' lists them." };
        var command = new Command("explain", "What a rule checks, the procedure text it encodes, an example, and how to configure it (its page of docs/rules).")
        {
            id,
        };
        command.SetAction(parseResult => CliApplication.Guard(context, () =>
        {
            var requested = parseResult.GetRequiredValue(id);
            if (RuleDocs.Page(requested) is not { } page)
            {
                context.Error.WriteLine($"incident-policy explain: unknown rule ID '{requested}'. Known IDs: {string.Join(", ", RuleDocs.Ids)}.");
                return ExitCodes.BadInput;
            }

            context.Out.Write(page.ReplaceLineEndings("\n"));
            return ExitCodes.Ok;
        }));
        return command;
    }
}
