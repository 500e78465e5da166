using IncidentPolicy.Model;
using IncidentPolicy.Policy;
using IncidentPolicy.Tests.Support;
using NodaTime;
using Xunit;

namespace IncidentPolicy.Tests.Rules.Communication;

/// <summary>IRP5002: "Name it clearly: #incident-2024-03-15-payments-down".</summary>
public sealed class ChannelNameRuleTests
{
    private static string? Channel(string title, string detectedAt = "14:00", PolicyEngineChoice engine = PolicyEngineChoice.Default)
    {
        var incident = new IncidentRecord("INC-1", title, T.Of(detectedAt), Incidents.P2Impact);
        var chosen = engine switch
        {
            PolicyEngineChoice.London => Engines.With(new BusinessCalendar(
                DateTimeZoneProviders.Tzdb["Europe/London"], BusinessCalendar.Default.WorkingDays, new LocalTime(9, 0), new LocalTime(17, 0))),
            PolicyEngineChoice.ChannelOff => Engines.With(new RuleSeverityOverrides(rules: [new("IRP5002", RuleSeverity.None)])),
            _ => Engines.Default,
        };
        return chosen.Evaluate(incident, T.Of(detectedAt)).Channel;
    }

    private enum PolicyEngineChoice
    {
        Default,
        London,
        ChannelOff,
    }

    [Theory]
    [InlineData("Payments down", "#incident-2024-03-15-payments-down")]
    [InlineData("  Checkout: 500s (EU) -- again!  ", "#incident-2024-03-15-checkout-500s-eu-again")]
    [InlineData("Disk 99% full on node-9, zone az", "#incident-2024-03-15-disk-99-full-on-node-9-zone-az")]
    [InlineData("Zahlungen außer Betrieb", "#incident-2024-03-15-zahlungen-au-er-betrieb")]
    [InlineData("", "#incident-2024-03-15")]
    [InlineData("!!!", "#incident-2024-03-15")]
    public void The_name_is_the_detection_date_and_a_slug_of_the_title(string title, string expected)
    {
        Assert.Equal(expected, Channel(title));
    }

    [Fact]
    public void A_long_name_is_cut_to_80_characters_after_the_hash_without_a_trailing_dash()
    {
        // "incident-2024-03-15-" is 20 characters; the slug's 60th character falls right after a word.
        var title = new string('a', 59) + " bbbbbbbbbb";

        var channel = Channel(title)!;

        Assert.Equal("#incident-2024-03-15-" + new string('a', 59), channel);
        Assert.True(channel.Length <= 81);
    }

    [Fact]
    public void The_date_is_the_detection_date_in_the_calendars_zone()
    {
        // 23:30 UTC on 30 June is already 1 July in London (BST).
        Assert.Equal("#incident-2024-07-01-payments-down", Channel("Payments down", "2024-06-30T23:30", PolicyEngineChoice.London));
    }

    [Fact]
    public void With_IRP5002_off_there_is_no_channel()
    {
        Assert.Null(Channel("Payments down", engine: PolicyEngineChoice.ChannelOff));
    }
}
