using System;
using IncidentPolicy.Communications;
using IncidentPolicy.Serialization.Wire;

namespace IncidentPolicy.Serialization;

/// <summary>Rendered messages as JSON (docs/communications.md): what <c>incident-policy message --format json</c> and the API sample write.</summary>
public static class MessageJson
{
    /// <summary>
    /// Writes <c>{ "kind", "at", "text", "missing": [..] }</c>: the kind's wire name (<c>initialAlert</c>, ...), the
    /// instant in ISO-8601 UTC, the message, and the names of the fields rendered as placeholders. LF line ends,
    /// 2-space indentation.
    /// </summary>
    /// <param name="message">The message.</param>
    /// <param name="indented">Whether to indent; otherwise one line.</param>
    /// <returns>The JSON text.</returns>
    public static string Write(ComposedMessage message, bool indented = true)
    {
        ArgumentNullException.ThrowIfNull(message);
        return WireJson.Write(new MessageWire(WireNames.MessageKind.Name(message.Kind), message.At, message.Text, message.Missing), indented);
    }
}
