namespace IncidentPolicy.Cli;

/// <summary>The tool's exit codes (<c>docs/cli.md</c>, "Exit codes").</summary>
internal static class ExitCodes
{
    /// <summary>Done, whatever the diagnostics say.</summary>
    public const int Ok = 0;

    /// <summary>Anything unexpected: a one-line message on stderr.</summary>
    public const int Unexpected = 1;

    /// <summary>Bad input or a bad policy: a message on stderr naming the file and the place.</summary>
    public const int BadInput = 2;

    /// <summary><c>lint</c>: at least one unsuppressed finding at severity error.</summary>
    public const int FindingsAtError = 1;

    /// <summary><c>test</c>: at least one case of a policy test file failed.</summary>
    public const int TestsFailed = 1;
}
