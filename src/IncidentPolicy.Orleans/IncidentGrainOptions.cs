using System;

namespace IncidentPolicy.Orleans;

/// <summary>How incident grains store their state and wake up. Validated when the silo starts.</summary>
public sealed class IncidentGrainOptions
{
    /// <summary>The default <see cref="StorageName"/>.</summary>
    public const string DefaultStorageName = "incidentPolicy";

    /// <summary>
    /// The name of the grain storage provider that holds the incidents (register one under this name, e.g.
    /// <c>AddRedisGrainStorage("incidentPolicy", ...)</c>). Default <c>incidentPolicy</c>.
    /// </summary>
    public string StorageName { get; set; } = DefaultStorageName;

    /// <summary>
    /// The period of the durable reminder that backs up each incident's timer. The reminder is due at the next
    /// evaluation instant and ticks again at this period while the incident has not taken that wake-up (the silo
    /// holding it died, or it was deactivated). At least Orleans' <c>ReminderOptions.MinimumReminderPeriod</c>
    /// (one minute by default). Default one minute.
    /// </summary>
    public TimeSpan ReminderPeriod { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>
    /// How long after a failed delivery (the notifier threw) the incident tries again, under the same key.
    /// Positive. Default 30 seconds.
    /// </summary>
    public TimeSpan RetryAfter { get; set; } = TimeSpan.FromSeconds(30);
}
