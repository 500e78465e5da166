using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using IncidentPolicy.Cli.Tests.Support;
using NodaTime;
using Xunit;

namespace IncidentPolicy.Cli.Tests;

/// <summary>
/// docs/cli.md says the same as the tool's <c>--help</c>: a section per command, and each section's synopsis names the
/// command's arguments and every option with the values it takes, so that an option added to a command and not to its
/// page (or a value added to a <c>--format</c>) fails here.
/// </summary>
public sealed partial class CliDocsSynopsisTests
{
    private static readonly string Page = File.ReadAllText(Repository.PathOf("docs", "cli.md")).ReplaceLineEndings("\n");

    public static TheoryData<string> Commands() => [.. CommandsInRootHelp()];

    [Fact]
    public void Every_command_of_the_root_help_has_a_section_and_every_section_a_command()
    {
        var sections = SectionHeading().Matches(Page).Select(m => m.Groups[1].Value).ToList();

        Assert.Equal(CommandsInRootHelp().Order(StringComparer.Ordinal), sections.Order(StringComparer.Ordinal));
    }

    [Theory]
    [MemberData(nameof(Commands))]
    public void The_synopsis_names_the_arguments_and_the_options_of_the_help(string command)
    {
        var help = Help(command);
        var synopsis = Synopsis(command);

        Assert.Equal(ArgumentsInHelp(help, command), ArgumentsIn(synopsis));
        Assert.Equal(OptionsInHelp(help), OptionsIn(synopsis));
    }

    [Fact]
    public void A_synopsis_missing_an_option_or_a_value_is_told_apart()
    {
        var synopsis = "incident-policy message <incident.json> --kind a|b [--at <instant>] [--format text|json] [--set name=value]... [--with-checklist]";

        Assert.Equal(["<incident.json>"], ArgumentsIn(synopsis));
        Assert.Equal(["--at <instant>", "--format <text|json>", "--kind <a|b>", "--set <name=value>", "--with-checklist"], OptionsIn(synopsis));
        Assert.NotEqual(OptionsIn(synopsis), OptionsIn(synopsis.Replace(" [--with-checklist]", string.Empty, StringComparison.Ordinal)));
        Assert.NotEqual(OptionsIn(synopsis), OptionsIn(synopsis.Replace("text|json", "text", StringComparison.Ordinal)));
    }

    private static List<string> CommandsInRootHelp()
    {
        var help = Help(null);
        var commands = help[(help.IndexOf("\nCommands:\n", StringComparison.Ordinal) + 1)..];
        return [.. HelpCommandLine().Matches(commands).Select(m => m.Groups[1].Value)];
    }

    /// <summary>The text of the first block of the command's section, from <c>incident-policy command</c> to the block's end.</summary>
    private static string Synopsis(string command)
    {
        var section = Page.IndexOf($"\n## `{command}`\n", StringComparison.Ordinal);
        Assert.True(section >= 0, $"docs/cli.md has no section ## `{command}`");
        var next = Page.IndexOf("\n## ", section + 1, StringComparison.Ordinal);
        var start = Page.IndexOf($"\nincident-policy {command} ", section, StringComparison.Ordinal);
        Assert.True(start >= 0 && (next < 0 || start < next), $"the section of {command} has no synopsis");
        return Page[(start + 1)..Page.IndexOf("\n```", start, StringComparison.Ordinal)];
    }

    /// <summary>The positional arguments: what is in angle brackets and not an option's value.</summary>
    private static List<string> ArgumentsIn(string synopsis) =>
        [.. Argument().Matches(OptionWithValue().Replace(synopsis, " ")).Select(m => m.Value)];

    /// <summary>Every option, with its values as help writes them (<c>--format &lt;text|json&gt;</c>), in ordinal order.</summary>
    private static List<string> OptionsIn(string synopsis) =>
        [.. OptionWithValue().Matches(synopsis).Select(m => Option(m.Groups[1].Value, m.Groups[2].Value.Trim('<', '>'))).Order(StringComparer.Ordinal)];

    private static List<string> ArgumentsInHelp(string help, string command)
    {
        // In process the root command is named after the test host; the line after "Usage:" is "  <program> <command> ...".
        var usage = help.Split('\n').SkipWhile(l => l != "Usage:").ElementAt(1);
        Assert.Contains($" {command} ", usage, StringComparison.Ordinal);
        return [.. Argument().Matches(usage).Select(m => m.Value)];
    }

    private static List<string> OptionsInHelp(string help)
    {
        var options = help[(help.IndexOf("\nOptions:\n", StringComparison.Ordinal) + 1)..];
        return
        [
            .. HelpOptionLine().Matches(options)
                .Select(m => Option(m.Groups[1].Value, m.Groups[2].Value))
                .Where(o => o != "--help")
                .Order(StringComparer.Ordinal),
        ];
    }

    private static string Option(string name, string value) => value.Length == 0 ? name : $"{name} <{value}>";

    private static string Help(string? command)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        string[] args = command is null ? ["--help"] : [command, "--help"];

        var code = CliApplication.Run(args, NodaTime.Testing.FakeClock.FromUtc(2024, 3, 15, 17, 0, 0), output, error, TextStyle.Plain);

        Assert.Equal(0, code);
        return output.ToString().ReplaceLineEndings("\n");
    }

    [GeneratedRegex(@"^## `([a-z-]+)`$", RegexOptions.Multiline)]
    private static partial Regex SectionHeading();

    [GeneratedRegex(@"^  ([a-z][a-z-]*)(?: <[^>]+>)?\s{2,}", RegexOptions.Multiline)]
    private static partial Regex HelpCommandLine();

    [GeneratedRegex(@"^  (?:-\S+, )*(--[a-z][a-z-]*)(?: <([^>]+)>)?", RegexOptions.Multiline)]
    private static partial Regex HelpOptionLine();

    /// <summary>An option and its value: <c>--at &lt;instant&gt;</c>, <c>--format text|json</c>, <c>--set name=value</c>, or a flag.</summary>
    [GeneratedRegex(@"(--[a-z][a-z-]*)(?: (<[^>]+>|[^\s\[\]<>|][^\s\[\]<>]*))?")]
    private static partial Regex OptionWithValue();

    [GeneratedRegex(@"<[^>]+>(?:\.\.\.)?")]
    private static partial Regex Argument();
}
