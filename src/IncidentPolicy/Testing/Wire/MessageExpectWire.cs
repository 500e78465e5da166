using System.Text.Json;

namespace IncidentPolicy.Testing.Wire;

/// <summary>A case's expectation of one message, under <c>expect.messages.&lt;kind&gt;</c>.</summary>
/// <param name="Contains">A text, or a list of texts, the message must contain.</param>
/// <param name="Format">The format it is composed in; <c>text</c> when left out.</param>
internal sealed record MessageExpectWire(JsonElement Contains, string Format);
