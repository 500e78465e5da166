using System;
using System.Linq;
using IncidentPolicy.Communications;
using IncidentPolicy.Evaluation;
using IncidentPolicy.Policy;
using IncidentPolicy.Serialization;
using Xunit;

namespace IncidentPolicy.Tests.Concurrency;

/// <summary>
/// One <see cref="MessageComposer"/> shared by 16 threads renders every message (each kind, each format, with and
/// without values supplied) as it renders them one at a time: the templates are compiled once and rendered anywhere.
/// </summary>
public sealed class CommunicationsConcurrencyTests
{
    [Fact]
    public void Messages_composed_on_16_threads_are_the_messages_composed_one_at_a_time()
    {
        var shared = new MessageComposer(new PolicyEngine(ResponsePolicy.Default));
        var own = new MessageComposer(new PolicyEngine(ResponsePolicy.Default));
        var cases = (
            from c in ConcurrencyInputs.Instants(4)
            from kind in Enum.GetValues<MessageKind>()
            from format in Enum.GetValues<MessageFormat>()
            select new Composition(c, kind, format)).ToList();

        SixteenThreads.AgreeWithOneAtATime(cases, c => Compose(shared, c), c => Compose(own, c));
    }

    [Fact]
    public void Due_messages_composed_on_16_threads_from_one_shared_evaluation_are_the_messages_composed_one_at_a_time()
    {
        // What a host does: evaluate once, then render each due message from that evaluation (also from other threads).
        var engine = new PolicyEngine(ResponsePolicy.Default);
        var shared = new MessageComposer(engine);
        var cases = ConcurrencyInputs.Instants(6).Select(c => (Case: c, Evaluation: engine.Evaluate(c.Incident, c.At))).ToList();

        SixteenThreads.AgreeWithOneAtATime(
            cases,
            c => string.Join("\n", DueMessages.In(c.Case.Incident, c.Evaluation).Select(m => m.Key + "\n" + MessageJson.Write(shared.Compose(c.Case.Incident, c.Evaluation, m.Kind, MessageFormat.Slack)))));
    }

    private static string Compose(MessageComposer composer, Composition c) => Outcome.Of(() =>
        MessageJson.Write(composer.Compose(c.Case.Incident, c.Case.At, c.Kind, c.Format, c.Kind == MessageKind.StatusUpdate ? Values : null)));

    private static readonly System.Collections.Generic.Dictionary<string, string> Values = new(StringComparer.Ordinal)
    {
        [MessageFields.CurrentState] = "Payments *recovering*; <b>errors</b> at 2 % & falling",
    };

    /// <summary>One message to render.</summary>
    internal sealed record Composition(IncidentAt Case, MessageKind Kind, MessageFormat Format)
    {
        public override string ToString() => $"{Case}: {Kind} as {Format}";
    }
}
