using System;
using System.Collections.Generic;
using System.CommandLine;
using System.CommandLine.Invocation;
using System.IO;
using IncidentPolicy.Cli.Commands;
using IncidentPolicy.Validation;
using NodaTime;

namespace IncidentPolicy.Cli;

/// <summary>
/// The <c>incident-policy</c> command line: its commands, their help, and how outcomes map to exit codes
/// (0 done, 1 unexpected, 2 bad input or bad policy, with a message on stderr naming the file and place).
/// </summary>
internal static class CliApplication
{
    public static RootCommand CreateRootCommand(CliContext context)
    {
        var root = new RootCommand(
            "Evaluate incident records against an incident-response policy (severity, deadlines, escalation, notifications, "
            + "update cadence, review), simulate what the policy will do, and inspect its rules and the policy in force. "
            + "Exit codes: 0 done (whatever the diagnostics say), 2 bad input or bad policy, 1 anything else (lint and test: 1 findings at error severity or a failed case).");
        root.Subcommands.Add(EvaluateCommand.Create(context));
        root.Subcommands.Add(SimulateCommand.Create(context));
        root.Subcommands.Add(RulesCommand.Create(context));
        root.Subcommands.Add(ExplainCommand.Create(context));
        root.Subcommands.Add(CheckPolicyCommand.Create(context));
        root.Subcommands.Add(PolicyCommand.Create(context));
        root.Subcommands.Add(LintCommand.Create(context));
        root.Subcommands.Add(ReviewCommand.Create(context));
        root.Subcommands.Add(ChecklistCommand.Create(context));
        root.Subcommands.Add(AdviseCommand.Create(context));
        root.Subcommands.Add(MessageCommand.Create(context));
        root.Subcommands.Add(DiffCommand.Create(context));
        root.Subcommands.Add(TestCommand.Create(context));
        return root;
    }

    public static int Run(IReadOnlyList<string> args, IClock clock, TextWriter output, TextWriter error, TextStyle style)
    {
        try
        {
            var context = new CliContext(clock, output, error, style);
            // An argument is what it says: '@name' is a file of that name, not a response file to expand.
            var parseResult = CreateRootCommand(context).Parse(args, new ParserConfiguration { ResponseFileTokenReplacer = null });
            if (parseResult.Errors.Count > 0 && parseResult.Action is null or ParseErrorAction)
            {
                foreach (var parseError in parseResult.Errors)
                {
                    error.WriteLine($"incident-policy: {parseError.Message}");
                }

                var command = parseResult.CommandResult.Command is RootCommand
                    ? "incident-policy"
                    : $"incident-policy {parseResult.CommandResult.Command.Name}";
                error.WriteLine($"Run '{command} --help' for usage.");
                return ExitCodes.BadInput;
            }

            return parseResult.Invoke(new InvocationConfiguration { Output = output, Error = error, EnableDefaultExceptionHandler = false });
        }
#pragma warning disable CA1031 // The tool's last line of defence: any failure is one line on stderr and exit code 1.
        catch (Exception e)
#pragma warning restore CA1031
        {
            return Unexpected(error, e);
        }
    }

    /// <summary>Runs a command's work, mapping refusals to exit code 2 and anything else to <paramref name="unexpected"/>.</summary>
    /// <param name="context">Where the messages go.</param>
    /// <param name="run">The command's work.</param>
    /// <param name="unexpected">The exit code of an unexpected failure: 1, except for a linter, where 1 means findings and 2 is used.</param>
    public static int Guard(CliContext context, Func<int> run, int unexpected = ExitCodes.Unexpected)
    {
        try
        {
            return run();
        }
        catch (InvalidInputException e)
        {
            context.Error.WriteLine(e.Message);
            return ExitCodes.BadInput;
        }
        catch (CliInputException e)
        {
            context.Error.WriteLine(e.Message);
            return ExitCodes.BadInput;
        }
#pragma warning disable CA1031 // Unexpected failures are reported in one line, never as a stack trace.
        catch (Exception e)
#pragma warning restore CA1031
        {
            Unexpected(context.Error, e);
            return unexpected;
        }
    }

    private static int Unexpected(TextWriter error, Exception e)
    {
        // The exception's type and message as they are, on one line: nothing is read out of the message.
        try
        {
            error.WriteLine($"incident-policy: unexpected error: {e.GetType().Name}: {e.Message.ReplaceLineEndings(" ")}");
        }
        catch (IOException)
        {
            // stderr is gone too: the exit code is all that is left.
        }

        return ExitCodes.Unexpected;
    }
}
