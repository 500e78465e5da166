using System;
using IncidentPolicy.Orleans;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace Orleans.Hosting;

/// <summary>Adds the incident grains to a silo.</summary>
public static class IncidentPolicySiloBuilderExtensions
{
    /// <summary>
    /// Adds what <see cref="IIncidentGrain"/> needs: the policy and its engine (the default policy and the system
    /// clock unless the host registered its own <c>ResponsePolicy</c>, <c>PolicyEngine</c> or NodaTime <c>IClock</c>),
    /// Orleans reminders, and <see cref="IncidentGrainOptions"/>, validated when the silo starts. The host also
    /// registers a grain storage under <see cref="IncidentGrainOptions.StorageName"/>, a reminder service (e.g.
    /// Redis) and its <see cref="IIncidentNotifier"/>; a missing one fails the start with a message that names it.
    /// </summary>
    /// <param name="builder">The silo builder.</param>
    /// <param name="configure">Changes to the options, or <see langword="null"/>.</param>
    /// <returns>The silo builder.</returns>
    public static ISiloBuilder AddIncidentPolicyGrains(this ISiloBuilder builder, Action<IncidentGrainOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.AddReminders();
        builder.Services.AddIncidentPolicy();
        var options = builder.Services.AddOptions<IncidentGrainOptions>();
        if (configure is not null)
        {
            options.Configure(configure);
        }

        options.ValidateOnStart();
        builder.Services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<IncidentGrainOptions>, IncidentGrainOptionsValidator>());
        return builder;
    }
}
