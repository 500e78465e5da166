using System;
using System.Collections.Generic;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Orleans.Hosting;
using Orleans.Storage;

namespace IncidentPolicy.Orleans;

/// <summary>
/// Checks <see cref="IncidentGrainOptions"/> when the silo starts: a storage name that names a registered grain
/// storage, a reminder period Orleans accepts, a positive retry delay, and a registered <see cref="IIncidentNotifier"/>.
/// </summary>
internal sealed class IncidentGrainOptionsValidator(IServiceProvider services, IOptions<ReminderOptions> reminders) : IValidateOptions<IncidentGrainOptions>
{
    public ValidateOptionsResult Validate(string? name, IncidentGrainOptions options)
    {
        var failures = new List<string>();
        if (string.IsNullOrWhiteSpace(options.StorageName))
        {
            failures.Add($"{nameof(IncidentGrainOptions.StorageName)}: expected the name of a grain storage provider, got an empty name");
        }
        else if (services.GetService<IServiceProviderIsKeyedService>() is { } keyed && !keyed.IsKeyedService(typeof(IGrainStorage), options.StorageName))
        {
            failures.Add($"{nameof(IncidentGrainOptions.StorageName)}: no grain storage is registered as '{options.StorageName}' (e.g. siloBuilder.AddRedisGrainStorage(\"{options.StorageName}\", ...))");
        }

        var minimum = reminders.Value.MinimumReminderPeriod;
        if (options.ReminderPeriod < minimum)
        {
            failures.Add($"{nameof(IncidentGrainOptions.ReminderPeriod)}: expected at least ReminderOptions.MinimumReminderPeriod ({minimum}), got {options.ReminderPeriod}");
        }

        if (options.RetryAfter <= TimeSpan.Zero)
        {
            failures.Add($"{nameof(IncidentGrainOptions.RetryAfter)}: expected a positive duration, got {options.RetryAfter}");
        }

        if (services.GetService<IServiceProviderIsService>() is { } isService && !isService.IsService(typeof(IIncidentNotifier)))
        {
            failures.Add($"no {nameof(IIncidentNotifier)} is registered: register the one that delivers messages (services.AddSingleton<IIncidentNotifier, MyNotifier>())");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
