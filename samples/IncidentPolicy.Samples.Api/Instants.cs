using NodaTime;
using NodaTime.Text;

namespace IncidentPolicy.Samples.Api;

/// <summary>The <c>?at=</c> of the review endpoints: ISO-8601 in UTC, or now from the injected clock.</summary>
internal static class Instants
{
    /// <summary>The instant <paramref name="at"/> names, now when it is absent, or <see langword="null"/> when it is not an instant.</summary>
    public static Instant? Read(string? at, IClock clock)
    {
        if (at is null)
        {
            return clock.GetCurrentInstant();
        }

        var parsed = InstantPattern.ExtendedIso.Parse(at);
        return parsed.Success ? parsed.Value : null;
    }
}
