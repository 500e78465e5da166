using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Fluid.Values;
using IncidentPolicy.Checklist;
using IncidentPolicy.Evaluation;
using IncidentPolicy.Model;
using IncidentPolicy.Policy;
using NodaTime;

namespace IncidentPolicy.Communications;

/// <summary>
/// Renders the procedure's four messages for an incident: the one call a chat bot or a status page makes.
/// A message is rendered from the policy, the record and an instant, through the evaluation at that instant;
/// rendering is pure (no clock, no I/O), deterministic, and never changes an evaluation. Values from the record
/// and from the host are escaped for the format; the template's own markup is kept (docs/communications.md).
/// Thread-safe.
/// </summary>
/// <example>
/// <code>
/// var composer = new MessageComposer(engine);
/// var alert = composer.Compose(incident, clock.GetCurrentInstant(), MessageKind.InitialAlert, MessageFormat.Slack);
/// if (alert.Missing.Contains(MessageFields.CurrentState)) { /* ask the incident commander */ }
/// </code>
/// </example>
public sealed class MessageComposer
{
    private readonly ChecklistEngine? _checklist;

    /// <summary>A composer of the procedure's messages as they are (<see cref="MessageComposerOptions.Default"/>, <see cref="TemplateLimits.Default"/>).</summary>
    /// <param name="engine">The engine: its policy holds the templates and settings.</param>
    public MessageComposer(PolicyEngine engine)
        : this(engine, MessageComposerOptions.Default, TemplateLimits.Default)
    {
    }

    /// <summary>A composer that adds what <paramref name="options"/> asks for.</summary>
    /// <param name="engine">The engine: its policy holds the templates and settings.</param>
    /// <param name="options">What to add, e.g. the checklist's overdue items (<see cref="MessageComposerOptions.ListOverdueChecklistItems"/>).</param>
    public MessageComposer(PolicyEngine engine, MessageComposerOptions options)
        : this(engine, options, TemplateLimits.Default)
    {
    }

    /// <summary>Creates a composer whose templates render within <paramref name="limits"/> (docs/limits.md).</summary>
    /// <param name="engine">The engine: its policy holds the templates and settings.</param>
    /// <param name="limits">What rendering one message may cost.</param>
    public MessageComposer(PolicyEngine engine, TemplateLimits limits)
        : this(engine, MessageComposerOptions.Default, limits)
    {
    }

    /// <summary>A composer that adds what <paramref name="options"/> asks for and renders within <paramref name="limits"/>.</summary>
    /// <param name="engine">The engine: its policy holds the templates and settings.</param>
    /// <param name="options">What to add (<see cref="MessageComposerOptions"/>).</param>
    /// <param name="limits">What rendering one message may cost (docs/limits.md).</param>
    public MessageComposer(PolicyEngine engine, MessageComposerOptions options, TemplateLimits limits)
    {
        Engine = engine ?? throw new ArgumentNullException(nameof(engine));
        Options = options ?? throw new ArgumentNullException(nameof(options));
        Limits = limits ?? throw new ArgumentNullException(nameof(limits));
        _checklist = options.ListOverdueChecklistItems ? new ChecklistEngine(engine) : null;
    }

    /// <summary>The engine the messages are rendered with.</summary>
    public PolicyEngine Engine { get; }

    /// <summary>What the composer adds to the procedure's messages.</summary>
    public MessageComposerOptions Options { get; }

    /// <summary>What rendering one message may cost: <see cref="TemplateLimits.Default"/> unless given.</summary>
    public TemplateLimits Limits { get; }

    /// <summary>Renders a message at <paramref name="at"/>, evaluating the incident there.</summary>
    /// <param name="incident">The record.</param>
    /// <param name="at">The instant the message speaks for.</param>
    /// <param name="kind">Which message.</param>
    /// <param name="format">Where it is posted.</param>
    /// <param name="values">
    /// Values for fields the record does not hold (or to replace what it says), by field name
    /// (<see cref="MessageFields"/>); escaped like the record's text. <see langword="null"/> for none.
    /// </param>
    /// <returns>The message, with the fields still missing.</returns>
    /// <exception cref="ArgumentException"><paramref name="values"/> names a field that does not exist.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="kind"/> or <paramref name="format"/> is not one of its enum's values.</exception>
    /// <exception cref="Validation.InvalidIncidentException">The record breaks the rules of the wire format.</exception>
    /// <exception cref="InvalidOperationException">The policy's template ran more than its steps, wrote more than its output limit, or gave a filter an argument it cannot use (a division by zero, a slice out of range).</exception>
    public ComposedMessage Compose(
        IncidentRecord incident,
        Instant at,
        MessageKind kind,
        MessageFormat format = MessageFormat.Text,
        IReadOnlyDictionary<string, string>? values = null)
    {
        ArgumentNullException.ThrowIfNull(incident);
        CheckKindAndFormat(kind, format);
        CheckNames(values);
        return Compose(incident, Engine.Evaluate(incident, at), kind, format, values);
    }

    /// <summary>Renders a message from an evaluation the host already has (at its <see cref="PolicyEvaluation.EvaluatedAt"/>).</summary>
    /// <param name="incident">The record that was evaluated.</param>
    /// <param name="evaluation">Its evaluation by <see cref="Engine"/>.</param>
    /// <param name="kind">Which message.</param>
    /// <param name="format">Where it is posted.</param>
    /// <param name="values">Values for fields, by field name; <see langword="null"/> for none.</param>
    /// <returns>The message, with the fields still missing.</returns>
    /// <exception cref="ArgumentException"><paramref name="values"/> names a field that does not exist.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="kind"/> or <paramref name="format"/> is not one of its enum's values.</exception>
    /// <exception cref="InvalidOperationException">The policy's template ran more than its steps, wrote more than its output limit, or gave a filter an argument it cannot use (a division by zero, a slice out of range).</exception>
    public ComposedMessage Compose(
        IncidentRecord incident,
        PolicyEvaluation evaluation,
        MessageKind kind,
        MessageFormat format = MessageFormat.Text,
        IReadOnlyDictionary<string, string>? values = null)
    {
        ArgumentNullException.ThrowIfNull(incident);
        ArgumentNullException.ThrowIfNull(evaluation);
        CheckKindAndFormat(kind, format);
        CheckNames(values);
        return Render(Engine.Policy, _checklist, incident, evaluation, kind, format, values, Limits);
    }

    /// <summary>Renders a message of <paramref name="policy"/>'s templates: what both <c>Compose</c>s do once the evaluation is known.</summary>
    internal static ComposedMessage Render(
        ResponsePolicy policy,
        ChecklistEngine? checklist,
        IncidentRecord incident,
        PolicyEvaluation evaluation,
        MessageKind kind,
        MessageFormat format,
        IReadOnlyDictionary<string, string>? values,
        TemplateLimits limits)
    {
        var template = policy.Communications.TemplateFor(kind, format);
        var fields = MessageFacts.Read(policy, incident, evaluation, kind);
        foreach (var (name, value) in values ?? ImmutableDictionary<string, string>.Empty)
        {
            ArgumentNullException.ThrowIfNull(value, nameof(values));
            fields[name] = name == MessageFields.ActionsTaken ? FieldValue.List([value]) : FieldValue.Of(value);
        }

        fields[MessageFields.OverdueItems] = checklist is not null && kind != MessageKind.Customer && template.Fields.Contains(MessageFields.OverdueItems)
            ? OverdueChecklistItems.Of(checklist.OverdueAt(incident, evaluation))
            : FieldValue.EmptyList;
        var allowed = MessageFields.For(kind);
        var context = fields
            .Where(f => allowed.Contains(f.Key))
            .ToDictionary(f => f.Key, f => ToFluid(f.Value), StringComparer.Ordinal);
        var text = MessageRenderer.Render(template, context, evaluation.EvaluatedAt, format, limits);
        var missing = template.Fields.Where(f => fields[f].IsMissing).ToImmutableArray();
        return new ComposedMessage(kind, evaluation.EvaluatedAt, text, missing);
    }

    /// <summary>Throws when <paramref name="kind"/> or <paramref name="format"/> is outside its enum (a cast number): no template or escaping exists for it.</summary>
    private static void CheckKindAndFormat(MessageKind kind, MessageFormat format)
    {
        if (!Enum.IsDefined(kind))
        {
            throw new ArgumentOutOfRangeException(nameof(kind), kind, "not a message kind");
        }

        if (!Enum.IsDefined(format))
        {
            throw new ArgumentOutOfRangeException(nameof(format), format, "not a message format");
        }
    }

    /// <summary>Throws when <paramref name="values"/> names a field that does not exist or that a host cannot give, naming each.</summary>
    /// <param name="values">Values by field name.</param>
    /// <exception cref="ArgumentException">An unknown name, or <see cref="MessageFields.OverdueItems"/>.</exception>
    public static void CheckNames(IReadOnlyDictionary<string, string>? values)
    {
        if (values is not null && values.ContainsKey(MessageFields.OverdueItems))
        {
            throw new ArgumentException(
                $"'{MessageFields.OverdueItems}' is computed from the incident checklist and cannot be given; ask for it with {nameof(MessageComposerOptions)}.{nameof(MessageComposerOptions.ListOverdueChecklistItems)}.",
                nameof(values));
        }

        var unknown = values?.Keys.Where(k => !MessageFields.AllSet.Contains(k)).Order(StringComparer.Ordinal).ToList() ?? [];
        if (unknown.Count > 0)
        {
            throw new ArgumentException(
                $"Unknown message field{(unknown.Count == 1 ? string.Empty : "s")} {string.Join(", ", unknown.Select(u => $"'{u}'"))}; the fields are {string.Join(", ", MessageFields.All)}.",
                nameof(values));
        }
    }

    /// <summary>
    /// A field as the template sees it, unescaped: texts the library vouches for (generated values, placeholders) are
    /// marked so the renderer writes them as they are; every other text is escaped when it is written.
    /// </summary>
    private static FluidValue ToFluid(FieldValue value)
    {
        if (value.IsList)
        {
            return new ArrayValue([.. value.Items.Select(ToFluid)]);
        }

        if (value.Members is { } members)
        {
            return new DictionaryValue(new FluidValueDictionaryFluidIndexable(members.ToDictionary(m => m.Key, m => ToFluid(m.Value), StringComparer.Ordinal)));
        }

        return value.Text is { } text ? new StringValue(text, encode: !(value.IsMissing || value.IsGenerated)) : NilValue.Instance;
    }
}
