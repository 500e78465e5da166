using System;
using System.Buffers;
using System.Collections.Immutable;
using System.Linq;
using System.Reflection;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using IncidentPolicy.Model;
using IncidentPolicy.Model.Events;
using IncidentPolicy.Policy;
using IncidentPolicy.Serialization;
using IncidentPolicy.Serialization.Wire;
using NodaTime;

namespace IncidentPolicy.Evaluation.Resume;

/// <summary>
/// The fingerprints a checkpoint is checked against: SHA-256 of the bytes the wire format writes, so two values
/// with one fingerprint are the same document (an accidental collision is not a practical concern).
/// </summary>
internal static class Fingerprints
{
    [ThreadStatic]
    private static ArrayBufferWriter<byte>? t_buffer;

    /// <summary>
    /// The version of the checkpoint's fact encoding (<see cref="CheckpointFactCodec"/>): raise it with every change
    /// of the encoding, so that a checkpoint written before falls back to a full replay even when the library's
    /// version did not change (a build without a source revision).
    /// </summary>
    private const string CheckpointFormat = "checkpoint-3";

    /// <summary>The engine's version: the library's informational version (with its source revision when built from git) and the checkpoint format.</summary>
    public static string EngineVersion { get; } =
        (typeof(PolicyEngine).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion
        ?? typeof(PolicyEngine).Assembly.GetName().Version?.ToString()
        ?? "unknown") + "/" + CheckpointFormat;

    /// <summary>The policy document and the custom rules' types.</summary>
    public static string Policy(ResponsePolicy policy)
    {
        var text = new StringBuilder(PolicyJson.Write(policy, indented: false));
        foreach (var rule in policy.CustomRules)
        {
            text.Append('\n').Append(rule.RuleType.AssemblyQualifiedName);
        }

        return Hash(Encoding.UTF8.GetBytes(text.ToString()));
    }

    /// <summary>
    /// The record's fields and its events before <paramref name="before"/> in the record's order, with their
    /// positions in the record; <paramref name="count"/> is how many there are.
    /// </summary>
    public static string Record(IncidentRecord incident, Instant before, out int count)
    {
        var events = incident.Events.IsDefault ? [] : incident.Events;
        var positions = ImmutableArray.CreateBuilder<int>();
        var prefix = ImmutableArray.CreateBuilder<IncidentEvent>();
        for (var i = 0; i < events.Length; i++)
        {
            if (events[i].At < before)
            {
                positions.Add(i);
                prefix.Add(events[i]);
            }
        }

        count = prefix.Count;
        var buffer = t_buffer ??= new ArrayBufferWriter<byte>(1024);
        buffer.ResetWrittenCount();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartArray();
            writer.WriteBooleanValue(incident.Title is null);
            JsonSerializer.Serialize(writer, IncidentWireMapper.ToWire(incident with { Events = prefix.ToImmutable() }), WireJsonContext.Default.IncidentRecordWire);
            foreach (var position in positions)
            {
                writer.WriteNumberValue(position);
            }

            writer.WriteEndArray();
        }

        return Hash(buffer.WrittenSpan);
    }

    /// <summary>The number of the record's events before <paramref name="before"/>.</summary>
    public static int CountBefore(IncidentRecord incident, Instant before)
    {
        var count = 0;
        foreach (var e in incident.Events.IsDefault ? [] : incident.Events)
        {
            count += e.At < before ? 1 : 0;
        }

        return count;
    }

    /// <summary>
    /// Whether two records have equal fields and equal events before <paramref name="before"/> at the same positions:
    /// then <see cref="Record"/> gives them the same fingerprint. Value equality of the model's records, so a
    /// <see langword="false"/> may also mean "equal, but not known to be" (a collection field copied to a new array).
    /// </summary>
    public static bool SameBefore(IncidentRecord a, IncidentRecord b, Instant before)
    {
        if (!ReferenceEquals(a, b) && a with { Events = default } != b with { Events = default })
        {
            return false;
        }

        var x = a.Events.IsDefault ? [] : a.Events;
        var y = b.Events.IsDefault ? [] : b.Events;
        for (var i = 0; i < x.Length || i < y.Length; i++)
        {
            var left = i < x.Length && x[i].At < before ? x[i] : null;
            var right = i < y.Length && y[i].At < before ? y[i] : null;
            if (!Equals(left, right))
            {
                return false;
            }
        }

        return true;
    }

    private static string Hash(ReadOnlySpan<byte> bytes)
    {
        Span<byte> hash = stackalloc byte[32];
        SHA256.HashData(bytes, hash);
        return Convert.ToHexString(hash).ToLowerInvariant();
    }
}
