using System.Collections.Immutable;
using NodaTime;

namespace IncidentPolicy.Communications;

/// <summary>A message rendered from the policy, the record and an instant.</summary>
/// <param name="Kind">Which message.</param>
/// <param name="At">The instant it was rendered for.</param>
/// <param name="Text">The message, LF line ends, ending with one line end.</param>
/// <param name="Missing">
/// The fields the message uses that the record does not hold and no value was given for, in the order the
/// template first uses them: each is rendered as a bracketed placeholder such as <c>[What is happening now]</c>,
/// so a bot can ask a person for it and render again with the answer.
/// </param>
public sealed record ComposedMessage(MessageKind Kind, Instant At, string Text, ImmutableArray<string> Missing);
