using System;
using System.Collections.Generic;
using System.Linq;
using FsCheck;
using FsCheck.Fluent;
using IncidentPolicy.Evaluation;
using IncidentPolicy.Model;
using IncidentPolicy.Text;
using NodaTime;

namespace IncidentPolicy.Tests.Properties.Generators;

/// <summary>
/// One generated case: a policy, an incident record, an evaluation instant (as an offset from detection,
/// so that it moves with the record when shrinking shifts it) and a further offset for a later instant.
/// Printed as a short timeline, so that a counterexample reads like an incident.
/// </summary>
internal sealed record Scenario(GeneratedPolicy Policy, IncidentRecord Incident, Duration AtOffset, Duration Later)
{
    /// <summary>The evaluation instant.</summary>
    public Instant At => Incident.DetectedAt + AtOffset;

    /// <summary>An instant at or after <see cref="At"/>.</summary>
    public Instant LaterAt => At + Later;

    public PolicyEngine Engine => Policy.Engine;

    public PolicyEvaluation Evaluate(Instant at) => Engine.Evaluate(Incident, at);

    public PolicyEvaluation Evaluate(IncidentRecord incident, Instant at) => Engine.Evaluate(incident, at);

    /// <summary>Simpler cases: the default policy or fewer changes, a smaller record, round offsets.</summary>
    public IEnumerable<Scenario> Shrink()
    {
        foreach (var policy in Policy.Shrink())
        {
            yield return this with { Policy = policy };
        }

        foreach (var incident in IncidentRecords.Shrink(Incident))
        {
            yield return this with { Incident = incident };
        }

        foreach (var offset in Offsets.Shrink(AtOffset))
        {
            yield return this with { AtOffset = offset };
        }

        foreach (var later in Offsets.Shrink(Later))
        {
            yield return this with { Later = later };
        }
    }

    public override string ToString() =>
        $"\n  {Policy}\n  {IncidentRecords.Describe(Incident)}\n  evaluated at +{Offsets.Describe(AtOffset)} ({At}), later +{Offsets.Describe(Later)} ({LaterAt})";
}

/// <summary>Offsets from detection: at an event, at round instants, anywhere, or well after the last event.</summary>
internal static class Offsets
{
    /// <summary>An offset into the record's timeline: until 12 hours after its last event, sometimes up to two days after.</summary>
    public static Gen<Duration> Into(IncidentRecord record)
    {
        var span = record.Events.IsDefaultOrEmpty ? Duration.Zero : record.Events.Max(e => e.At) - record.DetectedAt;
        var seconds = (int)Math.Min(int.MaxValue - 1, (long)(span + Duration.FromHours(12)).TotalSeconds);
        var choices = new List<(int, Gen<Duration>)>
        {
            (1, Gen.Constant(Duration.Zero)),
            (3, Gen.Choose(0, seconds / 60).Select(m => Duration.FromMinutes(m))),
            (2, Gen.Choose(0, seconds / 900).Select(q => Duration.FromMinutes(q * 15))),
            (3, Gen.Choose(0, seconds).Select(s => Duration.FromSeconds(s))),
            (1, Gen.Choose(12 * 60, 2 * 1440).Select(m => span + Duration.FromMinutes(m))),
        };
        if (!record.Events.IsDefaultOrEmpty)
        {
            choices.Add((3, Gen.Elements(record.Events.Select(e => e.At - record.DetectedAt).ToArray())));
        }

        return Gen.Frequency(choices);
    }

    /// <summary>A duration to a later instant: none, a tick, seconds, minutes or hours.</summary>
    public static Gen<Duration> Later { get; } = Gen.Frequency(
        (1, Gen.Constant(Duration.Zero)),
        (1, Gen.Constant(Duration.Epsilon)),
        (2, Gen.Choose(1, 7200).Select(s => Duration.FromSeconds(s))),
        (3, Gen.Choose(1, 720).Select(m => Duration.FromMinutes(m))),
        (2, Gen.Choose(1, 24).Select(h => Duration.FromHours(h))));

    public static IEnumerable<Duration> Shrink(Duration offset)
    {
        if (offset == Duration.Zero)
        {
            yield break;
        }

        yield return Duration.Zero;
        var hours = Duration.FromHours(Math.Floor(offset.TotalHours));
        if (hours != offset && hours != Duration.Zero)
        {
            yield return hours;
        }

        var minutes = Duration.FromMinutes(Math.Floor(offset.TotalMinutes));
        if (minutes != offset && minutes != hours && minutes != Duration.Zero)
        {
            yield return minutes;
        }
    }

    public static string Describe(Duration offset) =>
        offset != Duration.Zero && offset < Duration.FromSeconds(1) ? offset.TotalNanoseconds.ToString("0", System.Globalization.CultureInfo.InvariantCulture) + "ns" : DurationText.Format(offset);
}

/// <summary>The arbitraries the properties draw from: generators with their shrinkers.</summary>
internal static class Scenarios
{
    /// <summary>Cases of any policy (the default two times in five) and records of <paramref name="shape"/>.</summary>
    public static Arbitrary<Scenario> Of(RecordShape shape) => Of(PolicyVariants.Any, IncidentRecords.Of(shape));

    /// <summary>Cases of the default policy only.</summary>
    public static Arbitrary<Scenario> OfDefaultPolicy(RecordShape shape) => Of(Gen.Constant(GeneratedPolicy.Default), IncidentRecords.Of(shape));

    public static Arbitrary<Scenario> Of(Gen<GeneratedPolicy> policies, Gen<IncidentRecord> records) => Arb.From(
        from policy in policies
        from incident in records
        from at in Offsets.Into(incident)
        from later in Offsets.Later
        select new Scenario(policy, incident, at, later),
        s => s.Shrink());
}
