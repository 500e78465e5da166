using System;
using IncidentPolicy.Communications;
using IncidentPolicy.Evaluation;
using IncidentPolicy.Model;
using IncidentPolicy.Model.Events;
using IncidentPolicy.Policy;
using IncidentPolicy.Tests.Support;
using NodaTime;
using Xunit;

namespace IncidentPolicy.Tests.Communications;

/// <summary>
/// The words the library writes into a message from the record: the impact for responders and for customers, the phase,
/// and the name of a time zone; each answer of the assessment has its words.
/// </summary>
public sealed class MessageWordsTests
{
    private static readonly MessageComposer Composer = new(Engines.Default);

    private static string Text(ImpactAssessment impact, MessageKind kind, params IncidentEvent[] events) =>
        Composer.Compose(new IncidentRecord("INC-3", "Checkout down", T.Of("2024-03-15T14:00:00Z"), impact, events), T.Of("2024-03-15T14:30:00Z"), kind).Text;

    [Theory]
    [InlineData(UsersAffected.All, ImpactScope.Outage, false, false, "All users: complete outage")]
    [InlineData(UsersAffected.Subset, ImpactScope.CoreDegraded, false, false, "A subset of users: core functionality degraded")]
    [InlineData(UsersAffected.Internal, ImpactScope.NonCore, false, false, "Internal users: non-core feature affected")]
    [InlineData(UsersAffected.Most, ImpactScope.Cosmetic, false, false, "Most users: cosmetic issue")]
    [InlineData(UsersAffected.Unknown, ImpactScope.CoreSeverelyImpaired, false, false, "Core functionality severely impaired")]
    [InlineData(UsersAffected.Subset, ImpactScope.Unknown, false, false, "A subset of users affected")]
    [InlineData(UsersAffected.All, ImpactScope.Outage, true, true, "All users: complete outage; data corruption; security breach")]
    [InlineData(UsersAffected.Unknown, ImpactScope.Unknown, false, false, "[Who is affected and how]")]
    public void The_impact_for_responders_says_who_and_how(UsersAffected users, ImpactScope scope, bool corruption, bool breach, string words)
    {
        Assert.Contains($"Impact: {words}\n", Text(new ImpactAssessment(users, scope, breach, corruption), MessageKind.InitialAlert), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(UsersAffected.All, ImpactScope.Outage, "our service for all users")]
    [InlineData(UsersAffected.Subset, ImpactScope.CoreDegraded, "our service for some users")]
    [InlineData(UsersAffected.Internal, ImpactScope.NonCore, "our service")]
    [InlineData(UsersAffected.Unknown, ImpactScope.CoreDegraded, "our service")]
    [InlineData(UsersAffected.Unknown, ImpactScope.Unknown, "[description of user impact]")]
    public void The_impact_for_customers_says_for_whom_and_never_how(UsersAffected users, ImpactScope scope, string words)
    {
        Assert.Contains($"We are aware of an issue affecting {words}.\n", Text(new ImpactAssessment(users, scope), MessageKind.Customer), StringComparison.Ordinal);
    }

    [Fact]
    public void Each_phase_has_its_words_for_responders_and_for_customers()
    {
        var mitigating = new IncidentEvent[] { new MitigationApplied(T.Of("2024-03-15T14:10:00Z"), "rollback") };
        var resolved = new IncidentEvent[] { new Resolved(T.Of("2024-03-15T14:20:00Z")) };

        Assert.Contains("Status: Mitigating\n", Text(Incidents.P1Impact, MessageKind.StatusUpdate, mitigating), StringComparison.Ordinal);
        Assert.Contains("Current status: A fix is in place and we are monitoring the results.\n", Text(Incidents.P1Impact, MessageKind.Customer, mitigating), StringComparison.Ordinal);
        Assert.Contains("Status: Resolved\n", Text(Incidents.P1Impact, MessageKind.StatusUpdate, resolved), StringComparison.Ordinal);
        Assert.Contains("Current status: The issue has been resolved.\n", Text(Incidents.P1Impact, MessageKind.Customer, resolved), StringComparison.Ordinal);
        Assert.Contains("Current status: We are investigating the cause.\n", Text(Incidents.P1Impact, MessageKind.Customer), StringComparison.Ordinal);
    }

    [Fact]
    public void A_zone_without_an_abbreviation_is_named_by_its_offset_from_UTC()
    {
        var composer = new MessageComposer(new PolicyEngine(ResponsePolicy.CreateBuilder().CustomerTimeZone(DateTimeZoneProviders.Tzdb["Asia/Dubai"]).Build()));

        var text = composer.Compose(new IncidentRecord("INC-3", "Checkout down", T.Of("2024-03-15T14:00:00Z"), Incidents.P1Impact), T.Of("2024-03-15T14:30:00Z"), MessageKind.Customer).Text;

        Assert.Equal("Started: 2024-03-15 18:00 UTC+04:00", Array.Find(text.Split('\n'), l => l.StartsWith("Started:", StringComparison.Ordinal)));
    }
}
