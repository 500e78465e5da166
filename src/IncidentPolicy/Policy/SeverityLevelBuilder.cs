using System;
using System.Collections.Generic;
using System.Linq;
using IncidentPolicy.Model;
using NodaTime;

namespace IncidentPolicy.Policy;

/// <summary>
/// Settings of one level while a policy is built. Every setter returns the builder; nothing is checked
/// until <see cref="ResponsePolicyBuilder.Build"/>, which reports every problem at once.
/// </summary>
public sealed class SeverityLevelBuilder
{
    internal SeverityLevelBuilder(string name)
    {
        Name = name;
    }

    internal SeverityLevelBuilder(SeverityLevelPolicy level)
        : this(level.Level.Name)
    {
        RankValue = level.Level.Rank;
        TitleValue = level.Title;
        ResponseTimeValue = level.ResponseTime;
        UpdateCadenceValue = level.UpdateCadence;
        UpdateCadenceIsList = !level.UpdateCadence.IsSingle;
        EscalateAfterValue = level.Escalation?.After;
        EscalateToValue = level.Escalation?.To;
        NotifyValue = [.. level.Notify];
        RequiredRolesValue = [.. level.RequiredRoles];
        VerificationWindowValue = level.VerificationWindow;
        ReviewWithinValue = level.ReviewWithin;
        CustomerUpdateCadenceValue = level.CustomerUpdateCadence;
        CustomerUpdateCadenceIsList = level.CustomerUpdateCadence is { IsSingle: false };
    }

    /// <summary>The level's name.</summary>
    public string Name { get; }

    internal int? RankValue { get; private set; }

    internal string TitleValue { get; private set; } = string.Empty;

    internal PolicyDuration? ResponseTimeValue { get; private set; }

    internal CadenceSchedule? UpdateCadenceValue { get; private set; }

    /// <summary>Whether the cadence was written as a list of phases, so its problems are placed in the list.</summary>
    internal bool UpdateCadenceIsList { get; private set; }

    internal CadenceSchedule? CustomerUpdateCadenceValue { get; private set; }

    /// <summary>Whether the customer cadence was written as a list of phases, so its problems are placed in the list.</summary>
    internal bool CustomerUpdateCadenceIsList { get; private set; }

    internal Duration? EscalateAfterValue { get; private set; }

    internal string? EscalateToValue { get; private set; }

    internal List<string> NotifyValue { get; private set; } = [];

    internal List<IncidentRole> RequiredRolesValue { get; private set; } = [];

    internal Duration? VerificationWindowValue { get; private set; }

    internal PolicyDuration? ReviewWithinValue { get; private set; }

    /// <summary>Sets the rank, 0 or more: the lower the rank, the more severe the level (1, 2, 3 work as well as 0, 1, 2); each level needs its own.</summary>
    /// <param name="rank">The rank.</param>
    /// <returns>This builder.</returns>
    public SeverityLevelBuilder Rank(int rank)
    {
        RankValue = rank;
        return this;
    }

    /// <summary>Sets the name for people, e.g. <c>Partial Impact</c>.</summary>
    /// <param name="title">The title.</param>
    /// <returns>This builder.</returns>
    public SeverityLevelBuilder Title(string title)
    {
        TitleValue = title ?? string.Empty;
        return this;
    }

    /// <summary>Sets the response time (IRP2001).</summary>
    /// <param name="responseTime">
    /// A positive duration (a <see cref="Duration"/> converts), business days (<see cref="PolicyDuration.BusinessDays"/>),
    /// or <see cref="PolicyDuration.NextBusinessDay"/>.
    /// </param>
    /// <returns>This builder.</returns>
    public SeverityLevelBuilder ResponseTime(PolicyDuration responseTime)
    {
        ResponseTimeValue = responseTime;
        return this;
    }

    /// <summary>Sets the time between status updates (IRP5001): one cadence for the whole incident, or a schedule of phases.</summary>
    /// <param name="cadence">
    /// A positive duration (a <see cref="Duration"/> converts), business days (<c>PolicyDuration.BusinessDays(1)</c> for
    /// daily updates on business days), or a <see cref="CadenceSchedule"/>.
    /// </param>
    /// <returns>This builder.</returns>
    public SeverityLevelBuilder UpdateCadence(CadenceSchedule cadence)
    {
        ArgumentNullException.ThrowIfNull(cadence);
        return SetUpdateCadence(cadence, asList: !cadence.IsSingle);
    }

    /// <summary>Sets the update cadence by phases of the incident's age (IRP5001).</summary>
    /// <param name="phases">
    /// Writes the phases, e.g. <c>c =&gt; c.Every(Duration.FromMinutes(20)).For(Duration.FromHours(2)).ThenEvery(Duration.FromHours(1))</c>.
    /// </param>
    /// <returns>This builder.</returns>
    public SeverityLevelBuilder UpdateCadence(Func<CadenceScheduleBuilder, CadenceScheduleBuilder> phases)
    {
        ArgumentNullException.ThrowIfNull(phases);
        var schedule = new CadenceScheduleBuilder();
        phases(schedule);
        return SetUpdateCadence(CadenceSchedule.Unchecked(schedule.Phases), asList: true);
    }

    /// <summary>Sets the cadence as read from a document: <paramref name="asList"/> when it was written as a list of phases.</summary>
    internal SeverityLevelBuilder SetUpdateCadence(CadenceSchedule cadence, bool asList)
    {
        UpdateCadenceValue = cadence;
        UpdateCadenceIsList = asList;
        return this;
    }

    /// <summary>Sets the time between customer updates (IRP5003); <see langword="null"/> for none (nothing is due to customers at this level).</summary>
    /// <param name="cadence">
    /// A positive duration (a <see cref="Duration"/> converts), business days, a <see cref="CadenceSchedule"/>, or
    /// <see langword="null"/>.
    /// </param>
    /// <returns>This builder.</returns>
    public SeverityLevelBuilder CustomerUpdateCadence(CadenceSchedule? cadence) =>
        SetCustomerUpdateCadence(cadence, asList: cadence is { IsSingle: false });

    /// <summary>Sets the customer update cadence by phases of the incident's age (IRP5003).</summary>
    /// <param name="phases">Writes the phases, as for <see cref="UpdateCadence(Func{CadenceScheduleBuilder, CadenceScheduleBuilder})"/>.</param>
    /// <returns>This builder.</returns>
    public SeverityLevelBuilder CustomerUpdateCadence(Func<CadenceScheduleBuilder, CadenceScheduleBuilder> phases)
    {
        ArgumentNullException.ThrowIfNull(phases);
        var schedule = new CadenceScheduleBuilder();
        phases(schedule);
        return SetCustomerUpdateCadence(CadenceSchedule.Unchecked(schedule.Phases), asList: true);
    }

    /// <summary>Sets the customer cadence as read from a document: <paramref name="asList"/> when it was written as a list of phases.</summary>
    internal SeverityLevelBuilder SetCustomerUpdateCadence(CadenceSchedule? cadence, bool asList)
    {
        CustomerUpdateCadenceValue = cadence;
        CustomerUpdateCadenceIsList = asList;
        return this;
    }

    /// <summary>Escalates to <paramref name="to"/> after <paramref name="after"/> at this level without resolution (IRP3001).</summary>
    /// <param name="after">A positive duration.</param>
    /// <param name="to">A more severe level.</param>
    /// <returns>This builder.</returns>
    public SeverityLevelBuilder EscalateAfter(Duration after, string to)
    {
        EscalateAfterValue = after;
        EscalateToValue = to;
        return this;
    }

    /// <summary>Changes only the escalation delay, keeping the target.</summary>
    /// <param name="after">A positive duration.</param>
    /// <returns>This builder.</returns>
    public SeverityLevelBuilder EscalateAfter(Duration after)
    {
        EscalateAfterValue = after;
        return this;
    }

    /// <summary>Changes only the level escalated to, keeping the delay.</summary>
    /// <param name="to">A more severe level.</param>
    /// <returns>This builder.</returns>
    public SeverityLevelBuilder EscalateTo(string to)
    {
        EscalateToValue = to;
        return this;
    }

    /// <summary>This level does not escalate automatically.</summary>
    /// <returns>This builder.</returns>
    public SeverityLevelBuilder NoEscalation()
    {
        EscalateAfterValue = null;
        EscalateToValue = null;
        return this;
    }

    /// <summary>Sets who is notified on entering this level (IRP4001), in order, replacing the list.</summary>
    /// <param name="recipients">Recipients known to the policy (each needs a channel).</param>
    /// <returns>This builder.</returns>
    public SeverityLevelBuilder Notify(params string[] recipients)
    {
        NotifyValue = [.. recipients ?? []];
        return this;
    }

    /// <summary>Sets the roles that must be assigned at this level (IRP4002), replacing the list.</summary>
    /// <param name="roles">The roles.</param>
    /// <returns>This builder.</returns>
    public SeverityLevelBuilder RequiredRoles(params IncidentRole[] roles)
    {
        RequiredRolesValue = [.. roles ?? []];
        return this;
    }

    /// <summary>Sets how long to monitor after a mitigation before resolving (IRP6001); <see langword="null"/> for none.</summary>
    /// <param name="window">A positive duration, or <see langword="null"/>.</param>
    /// <returns>This builder.</returns>
    public SeverityLevelBuilder VerificationWindow(Duration? window)
    {
        VerificationWindowValue = window;
        return this;
    }

    /// <summary>Sets the time after resolution by which the review is due when this is the peak level (IRP7001); <see langword="null"/> for none.</summary>
    /// <param name="within">
    /// A positive duration (a <see cref="Duration"/> converts), business days (e.g. <c>PolicyDuration.BusinessDays(5)</c>),
    /// or <see langword="null"/>.
    /// </param>
    /// <returns>This builder.</returns>
    public SeverityLevelBuilder ReviewWithin(PolicyDuration? within)
    {
        ReviewWithinValue = within;
        return this;
    }

    internal void RenameRecipient(string from, string to) =>
        NotifyValue = [.. NotifyValue.Select(r => string.Equals(r, from, StringComparison.Ordinal) ? to : r)];
}
