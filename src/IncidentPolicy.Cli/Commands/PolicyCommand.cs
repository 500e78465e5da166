using System;
using System.CommandLine;
using IncidentPolicy.Cli.Output;
using IncidentPolicy.Serialization;

namespace IncidentPolicy.Cli.Commands;

/// <summary>
/// <c>policy [--policy] [--format json|text]</c>: the policy in force. JSON (the default) is the whole policy
/// document, <c>"extends": "none"</c> first, which read back with <c>--policy</c> gives the same policy;
/// text is a summary for people.
/// </summary>
internal static class PolicyCommand
{
    public static Command Create(CliContext context)
    {
        var policy = CliOptions.Policy();
        var format = CliOptions.Format(
            "a summary for people: levels, classification, recipients, calendar, rule severities",
            "the whole policy document, which --policy reads back as the same policy",
            defaultFormat: CliOptions.Json);
        var command = new Command(
            "policy",
            "The policy in force: the default policy, or the one --policy gives. JSON (the default) is the whole policy document "
            + "(\"extends\": \"none\", every key), so that saving it and passing it to --policy gives the same policy; text is a summary for people.")
        {
            policy, format,
        };
        command.SetAction(parseResult => CliApplication.Guard(context, () =>
        {
            var policyPath = parseResult.GetValue(policy);
            var responsePolicy = Inputs.ReadPolicy(policyPath);
            if (string.Equals(parseResult.GetValue(format), CliOptions.Json, StringComparison.Ordinal))
            {
                context.Out.Write(PolicyJson.Write(responsePolicy));
                context.Out.Write('\n');
            }
            else
            {
                PolicyText.Write(context.Out, responsePolicy, policyPath, context.Style);
            }

            return ExitCodes.Ok;
        }));
        return command;
    }
}
