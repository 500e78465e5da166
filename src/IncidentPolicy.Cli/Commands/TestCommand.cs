using System;
using System.Collections.Generic;
using System.CommandLine;
using System.IO;
using System.Linq;
using System.Security;
using IncidentPolicy.Testing;

namespace IncidentPolicy.Cli.Commands;

/// <summary>
/// <c>test &lt;file-or-folder&gt;... [--format text|junit]</c>: runs policy test files (docs/policy-tests.md).
/// Exit codes: 0 every case passed, 1 a case failed, 2 bad input (a broken test file, a missing or invalid policy
/// or incident, with its path in the test file) or an internal error.
/// </summary>
internal static class TestCommand
{
    private const string JUnit = "junit";

    public static Command Create(CliContext context)
    {
        var paths = new Argument<string[]>("file-or-folder")
        {
            Description = $"Policy test files (JSON), or folders whose *{PolicyTestFile.Suffix} files are run (recursively).",
            Arity = ArgumentArity.OneOrMore,
        };
        var format = new Option<string>("--format")
        {
            Description = $"Output format: '{CliOptions.Text}' (each case PASS or FAIL with what differed, then 'N passed, N failed') or '{JUnit}' (JUnit XML for CI systems). Default: text.",
            HelpName = "text|junit",
            DefaultValueFactory = _ => CliOptions.Text,
        };
        format.AcceptOnlyFromAmong(CliOptions.Text, JUnit);
        var command = new Command(
            "test",
            "Run policy test files: evaluate each case's incident at its instant with the file's policy and compare what the case expects "
            + "(severity, status, phase, channel, deadlines, nextEvaluationAt, diagnostics, notifications, checklist items, message texts). "
            + "Exit codes: 0 every case passed, 1 a case failed, 2 bad input (a broken test file, a missing incident or policy file, an invalid policy, "
            + "each with its path in the test file; nothing is run) or an internal error.")
        {
            paths, format,
        };
        command.SetAction(parseResult => CliApplication.Guard(
            context,
            () => Run(context, parseResult.GetRequiredValue(paths), parseResult.GetValue(format) ?? CliOptions.Text),
            unexpected: ExitCodes.BadInput)); // 1 means a case failed
        return command;
    }

    private static int Run(CliContext context, string[] arguments, string format)
    {
        var (files, problems) = PolicyTestFiles.Expand(arguments, context.WorkingDirectory ?? Directory.GetCurrentDirectory());
        var suites = new List<PolicyTestSuite>();
        foreach (var file in files)
        {
            try
            {
                suites.Add(PolicyTestFile.ReadFile(file.FullPath, file.DisplayPath));
            }
            catch (InvalidPolicyTestException e)
            {
                problems.Add(e.Message);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException or SecurityException)
            {
                problems.Add($"{file.DisplayPath}: cannot read the file: {e.Message}");
            }
        }

        // Every problem of every file at once, and nothing run: a partial run would read as a pass.
        if (problems.Count > 0)
        {
            foreach (var problem in problems)
            {
                context.Error.Write(problem);
                context.Error.Write('\n');
            }

            return ExitCodes.BadInput;
        }

        var results = suites.Select(PolicyTestRunner.Run).ToList();
        context.Out.Write(format == JUnit ? PolicyTestJUnit.Write(results) : PolicyTestText.Write(results));
        return results.Any(r => r.Failed > 0) ? ExitCodes.TestsFailed : ExitCodes.Ok;
    }
}
