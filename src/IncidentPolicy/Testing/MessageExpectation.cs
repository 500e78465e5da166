using System;
using IncidentPolicy.Communications;
using IncidentPolicy.Text;
using IncidentPolicy.Validation;

namespace IncidentPolicy.Testing;

/// <summary>A message composed at the case's instant (docs/communications.md) contains a text.</summary>
public sealed class MessageExpectation : PolicyExpectation
{
    internal MessageExpectation(MessageKind kind, MessageFormat format, string contains, ProblemLocation location)
        : base(EvaluationFields.Message(kind), location)
    {
        Kind = kind;
        Format = format;
        Contains = contains;
    }

    /// <summary>Which message.</summary>
    public MessageKind Kind { get; }

    /// <summary>The format it is composed in (<c>text</c> unless the file says otherwise).</summary>
    public MessageFormat Format { get; }

    /// <summary>The text the message must contain (ordinal comparison).</summary>
    public string Contains { get; }

    internal override PolicyTestDifference? Compare(CaseOutcome outcome)
    {
        string text;
        try
        {
            text = outcome.Message(Kind, Format).Text;
        }
        catch (InvalidOperationException stopped)
        {
            // The policy's template fails for this incident (a limit, a filter's argument): so does the case, saying why.
            return Differs($"a text containing {Quote.Json(Contains)}", $"no message: {stopped.Message}");
        }

        return text.Contains(Contains, StringComparison.Ordinal) ? null : Differs($"a text containing {Quote.Json(Contains)}", Quote.Json(text));
    }
}
