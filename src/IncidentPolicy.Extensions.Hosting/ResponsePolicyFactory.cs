using System.Runtime.CompilerServices;
using IncidentPolicy.Policy;
using IncidentPolicy.Serialization;
using IncidentPolicy.Validation;
using Microsoft.Extensions.Configuration;

namespace IncidentPolicy.Extensions.Hosting;

/// <summary>
/// Builds the policy for an options instance: the default, the changes made in code, then the section's
/// overrides. The outcome (a policy, or the exception listing every problem) is kept per options
/// instance, so start-up validation and the registered policy come from one build.
/// </summary>
internal sealed class ResponsePolicyFactory(IConfigurationSection section)
{
    private readonly ConditionalWeakTable<IncidentPolicyOptions, Outcome> _outcomes = [];

    public InvalidPolicyException? ErrorFor(IncidentPolicyOptions options) => _outcomes.GetValue(options, Create).Error;

    public ResponsePolicy PolicyFor(IncidentPolicyOptions options)
    {
        var outcome = _outcomes.GetValue(options, Create);
        return outcome.Policy ?? throw outcome.Error!;
    }

    private Outcome Create(IncidentPolicyOptions options)
    {
        var builder = ResponsePolicy.CreateBuilder();
        foreach (var configure in options.Configure)
        {
            configure(builder);
        }

        if (section.Exists())
        {
            builder.ApplyJson(ConfigurationJson.ToJson(section), $"configuration section '{section.Path}'");
        }

        try
        {
            return new Outcome(builder.Build(), null);
        }
        catch (InvalidPolicyException e)
        {
            return new Outcome(null, e);
        }
    }

    private sealed record Outcome(ResponsePolicy? Policy, InvalidPolicyException? Error);
}
