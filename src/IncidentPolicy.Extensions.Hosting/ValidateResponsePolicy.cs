using System.Linq;
using Microsoft.Extensions.Options;

namespace IncidentPolicy.Extensions.Hosting;

/// <summary>Start-up validation: the refusal's summary, then each problem of the policy as one failure, with its JSON path.</summary>
internal sealed class ValidateResponsePolicy(ResponsePolicyFactory factory) : IValidateOptions<IncidentPolicyOptions>
{
    public ValidateOptionsResult Validate(string? name, IncidentPolicyOptions options) =>
        factory.ErrorFor(options) is { } error
            ? ValidateOptionsResult.Fail(error.Problems.Select(p => p.ToString()).Prepend(error.Summary))
            : ValidateOptionsResult.Success;
}
