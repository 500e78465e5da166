using System;
using System.Collections.Immutable;
using IncidentPolicy.Model.Events;
using NodaTime;

namespace IncidentPolicy.Serialization;

/// <summary>
/// One event type of an incident record: how it is read, and the fields it has. Every event has
/// <c>type</c> and <c>at</c>, may say <c>by</c> whom and carry a <c>note</c>, and has the fields of its type.
/// </summary>
internal sealed class EventShape
{
    /// <param name="read">Reads the event from its object, given its time (a placeholder when it could not be read) and whether unknown properties are refused.</param>
    /// <param name="ownFields">The fields of this type beyond those of every event.</param>
    public EventShape(Func<JsonObjectReader, Instant, bool, IncidentEvent> read, params string[] ownFields)
    {
        Read = read;
        Fields = [WireFields.Type, WireFields.At, .. ownFields, WireFields.By, WireFields.Note];
    }

    /// <summary>Reads the event from its object, given its time and whether unknown properties are refused.</summary>
    public Func<JsonObjectReader, Instant, bool, IncidentEvent> Read { get; }

    /// <summary>Every field the event may have, in the order a suggestion prefers them: <c>type</c>, <c>at</c>, its own, <c>by</c>, <c>note</c>.</summary>
    public ImmutableArray<string> Fields { get; }
}
