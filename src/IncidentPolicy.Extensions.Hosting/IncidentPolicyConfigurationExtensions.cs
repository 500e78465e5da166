using System;
using IncidentPolicy.Extensions.Hosting;
using IncidentPolicy.Policy;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Registers IncidentPolicy with overrides from configuration.</summary>
public static class IncidentPolicyConfigurationExtensions
{
    /// <summary>
    /// Registers the policy built from the default, <paramref name="configure"/>, and the overrides in
    /// <paramref name="configuration"/>'s section <paramref name="sectionName"/> (written as a policy
    /// document: <c>severities</c>, <c>rules</c>, <c>categories</c>, <c>businessCalendar</c>, ...; an empty value is
    /// <c>null</c>, which removes a level or a recipient; with <c>extends</c> set to <c>none</c> the section is the whole
    /// policy and replaces the default and the changes made in code, but for your own rules);
    /// the <c>PolicyEngine</c> compiled from it; and NodaTime's <c>IClock</c> (the system clock unless the
    /// host registered another). The policy is validated at start-up: a bad one stops the host with
    /// an <see cref="OptionsValidationException"/> listing every problem with its JSON path.
    /// </summary>
    /// <param name="services">The services.</param>
    /// <param name="configuration">The configuration root (or any section above <paramref name="sectionName"/>).</param>
    /// <param name="sectionName">The section holding the overrides; <c>IncidentPolicy</c> by default. A missing section means no overrides.</param>
    /// <param name="configure">Changes made in code, applied before the section's overrides.</param>
    /// <returns>The services.</returns>
    public static IServiceCollection AddIncidentPolicy(
        this IServiceCollection services,
        IConfiguration configuration,
        string sectionName = IncidentPolicyOptions.DefaultSectionName,
        Action<ResponsePolicyBuilder>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configuration);
        ArgumentException.ThrowIfNullOrWhiteSpace(sectionName);

        var options = services.AddOptions<IncidentPolicyOptions>();
        if (configure is not null)
        {
            options.Configure(o => o.Configure.Add(configure));
        }

        options.ValidateOnStart();
        services.TryAddSingleton(new ResponsePolicyFactory(configuration.GetSection(sectionName)));
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<IncidentPolicyOptions>, ValidateResponsePolicy>());
        services.TryAddSingleton(provider => provider.GetRequiredService<ResponsePolicyFactory>()
            .PolicyFor(provider.GetRequiredService<IOptions<IncidentPolicyOptions>>().Value));
        return services.AddIncidentPolicyEngine();
    }
}
