using NodaTime;

namespace IncidentPolicy.Reviews;

/// <summary>One row of a review's timeline: when, and what happened (already in the review's words, unescaped).</summary>
/// <param name="At">When it happened.</param>
/// <param name="Event">What happened.</param>
internal sealed record ReviewTimelineRow(Instant At, string Event);
