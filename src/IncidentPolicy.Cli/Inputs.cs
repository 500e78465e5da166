using System;
using System.IO;
using System.Security;
using IncidentPolicy.Evaluation;
using IncidentPolicy.Model;
using IncidentPolicy.Policy;
using IncidentPolicy.Serialization;
using IncidentPolicy.Validation;
using NodaTime;
using NodaTime.Text;

namespace IncidentPolicy.Cli;

/// <summary>Reads the tool's inputs; every refusal names the file (as the user wrote it) and the place.</summary>
internal static class Inputs
{
    /// <summary>
    /// Reads an incident record for <paramref name="policy"/>, strictly (a property the format does not define is
    /// refused): every problem, of the format, of the events' order and of the levels named, is reported at
    /// once with its JSON path or line and position.
    /// </summary>
    public static IncidentRecord ReadIncident(string path, ResponsePolicy policy)
    {
        // The bytes as they are, so that a byte that is not UTF-8 is reported with its place rather than replaced;
        // read no further than the size limit.
        using var utf8 = Read(path, "incident", File.OpenRead);
        return IncidentJson.ReadIncident(utf8, source: path, new IncidentReadOptions { Policy = policy });
    }

    /// <summary>
    /// Reads an incident record from a file's bytes as they are, so that a byte that is not UTF-8 is reported with its
    /// place rather than replaced; with <paramref name="policy"/>, the levels the record names are checked against it.
    /// </summary>
    public static IncidentRecord ParseIncident(byte[] utf8, string source, ResponsePolicy? policy)
    {
        using var stream = new MemoryStream(utf8, writable: false);
        return IncidentJson.ReadIncident(stream, source, new IncidentReadOptions { Policy = policy });
    }

    /// <summary>
    /// Reads a policy override onto the default policy, or the default policy when <paramref name="path"/> is <see langword="null"/>;
    /// as bytes, like the incident, so that a byte that is not UTF-8 is reported with its place.
    /// </summary>
    public static ResponsePolicy ReadPolicy(string? path)
    {
        if (path is null)
        {
            return ResponsePolicy.Default;
        }

        using var utf8 = Read(path, "policy", File.OpenRead);
        return PolicyJson.ReadOverride(utf8, source: path);
    }

    /// <summary>The engine for a policy: the shared default engine when no policy file was given. The policy was checked when it was read.</summary>
    public static PolicyEngine EngineFor(ResponsePolicy policy, string? path) =>
        path is null && ReferenceEquals(policy, ResponsePolicy.Default) ? PolicyEngine.Default : new PolicyEngine(policy);

    /// <summary>What <c>evaluate</c> and <c>simulate</c> start from: the incident, the policy (default or overridden) and its engine.</summary>
    /// <remarks>The policy is read first, so that the record's problems, the levels it names included, come in one list.</remarks>
    public static (IncidentRecord Incident, ResponsePolicy Policy, PolicyEngine Engine) IncidentAndPolicy(string incidentPath, string? policyPath)
    {
        var policy = ReadPolicy(policyPath);
        var incident = ReadIncident(incidentPath, policy);
        return (incident, policy, EngineFor(policy, policyPath));
    }

    /// <summary>Evaluates, naming the incident's file in the engine's refusals (unknown level, event before detection).</summary>
    public static T WithIncidentFile<T>(string path, IncidentRecord incident, Func<T> run)
    {
        try
        {
            return run();
        }
        catch (InvalidIncidentException e) when (e.SourceName is null)
        {
            throw new InvalidIncidentException(e.IncidentId ?? incident.Id, e.Problems, path);
        }
    }

    /// <summary>Refuses an evaluation instant before <paramref name="incident"/>'s detection, naming <c>--at</c>, or the clock when it was not given.</summary>
    public static void RequireAtNotBeforeDetection(string path, IncidentRecord incident, Instant? given, Instant instant) =>
        RequireNotBeforeDetection(path, incident, given is null ? "now (no --at given)," : "--at", instant);

    /// <summary>Refuses an instant before the incident's detection, naming the option, the file and <c>$.detectedAt</c>.</summary>
    public static void RequireNotBeforeDetection(string path, IncidentRecord incident, string option, Instant instant)
    {
        if (instant < incident.DetectedAt)
        {
            throw new CliInputException(
                $"{path}: {option} {TimeText.Iso(instant)} is before the incident was detected ($.detectedAt: {TimeText.Iso(incident.DetectedAt)}); "
                + "the policy has nothing to say about an incident before its detection.");
        }
    }

    /// <summary>Parses an instant: ISO-8601 in UTC (<c>2024-03-15T14:00:00Z</c>) or with an offset (<c>2024-03-15T15:00:00+01:00</c>).</summary>
    public static bool TryParseInstant(string text, out Instant instant)
    {
        var utc = InstantPattern.ExtendedIso.Parse(text);
        if (utc.Success)
        {
            instant = utc.Value;
            return true;
        }

        var offset = OffsetDateTimePattern.ExtendedIso.Parse(text);
        instant = offset.Success ? offset.Value.ToInstant() : default;
        return offset.Success;
    }

    /// <summary>Parses a duration: ISO-8601 (<c>PT8H</c>, <c>P3D</c>, <c>PT1H30M</c>), a day being 24 hours; months and years are refused.</summary>
    public static bool TryParseDuration(string text, out Duration duration)
    {
        duration = default;
        var result = PeriodPattern.NormalizingIso.Parse(text);
        if (!result.Success || result.Value.Months != 0 || result.Value.Years != 0)
        {
            return false;
        }

        try
        {
            duration = result.Value.ToDuration();
        }
        catch (Exception e) when (e is InvalidOperationException or OverflowException)
        {
            // Longer than a Duration holds (about 292 years of ticks).
            return false;
        }

        return true;
    }

    private static T Read<T>(string path, string what, Func<string, T> read)
    {
        if (Directory.Exists(path))
        {
            throw new CliInputException($"{path}: a folder, not {(what[0] is 'a' or 'e' or 'i' or 'o' or 'u' ? "an" : "a")} {what} file.");
        }

        try
        {
            return read(path);
        }
        catch (Exception e) when (e is FileNotFoundException or DirectoryNotFoundException)
        {
            throw new CliInputException($"{path}: no such {what} file.", e);
        }
        catch (Exception e) when (e is UnauthorizedAccessException or SecurityException or IOException or NotSupportedException or ArgumentException)
        {
            throw new CliInputException($"{path}: cannot read the {what} file: {e.Message}", e);
        }
    }
}
