using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using IncidentPolicy.Communications;
using IncidentPolicy.Text;
using IncidentPolicy.Validation;
using NodaTime;

namespace IncidentPolicy.Policy;

/// <summary>
/// What a policy says about its messages (docs/communications.md): the service's name and the time zone the
/// customer message speaks, and templates that replace the default texts. Immutable and always valid: every
/// template is parsed and checked when the settings are created.
/// </summary>
public sealed record CommunicationSettings
{
    private readonly ImmutableDictionary<MessageKind, MessageTemplate> _compiled;

    /// <summary>Creates the settings.</summary>
    /// <param name="serviceName">The service's name in the customer message, or <see langword="null"/> ("Status Update", "our service").</param>
    /// <param name="customerTimeZone">The customer message's time zone, or <see langword="null"/> for the business calendar's.</param>
    /// <param name="templates">Liquid templates replacing the defaults, by kind; kinds left out keep the default text.</param>
    /// <exception cref="ArgumentNullException">A template's text is <see langword="null"/>.</exception>
    /// <exception cref="InvalidPolicyException">A template has a syntax error, uses an unknown field or a tag that is not allowed; every problem is listed with its line and column.</exception>
    public CommunicationSettings(string? serviceName = null, DateTimeZone? customerTimeZone = null, IEnumerable<KeyValuePair<MessageKind, string>>? templates = null)
    {
        var problems = new List<ValidationProblem>();
        var created = Create(serviceName, customerTimeZone, templates, problems);
        if (problems.Count > 0)
        {
            throw new InvalidPolicyException(problems);
        }

        ServiceName = created.ServiceName;
        CustomerTimeZone = created.CustomerTimeZone;
        Templates = created.Templates;
        _compiled = created._compiled;
    }

    private CommunicationSettings(string? serviceName, DateTimeZone? customerTimeZone, ImmutableSortedDictionary<MessageKind, string> templates, ImmutableDictionary<MessageKind, MessageTemplate> compiled)
    {
        ServiceName = serviceName;
        CustomerTimeZone = customerTimeZone;
        Templates = templates;
        _compiled = compiled;
    }

    /// <summary>No service name, the calendar's time zone, the default templates.</summary>
    public static CommunicationSettings Default { get; } = new();

    /// <summary>The service's name in the customer message; <see langword="null"/> when unset.</summary>
    public string? ServiceName { get; }

    /// <summary>The customer message's time zone; <see langword="null"/> for the business calendar's.</summary>
    public DateTimeZone? CustomerTimeZone { get; }

    /// <summary>The templates that replace defaults, by kind (the text as given).</summary>
    public ImmutableSortedDictionary<MessageKind, string> Templates { get; }

    /// <summary>The default text of a message, as Liquid: what a policy without a template of that kind uses.</summary>
    /// <param name="kind">The message.</param>
    /// <returns>The template's text.</returns>
    public static string DefaultTemplate(MessageKind kind) => DefaultTemplates.Of(kind);

    /// <summary>The template a message of <paramref name="kind"/> is rendered from: the policy's, else the default for the format.</summary>
    internal MessageTemplate TemplateFor(MessageKind kind, MessageFormat format) =>
        _compiled.TryGetValue(kind, out var template) ? template : DefaultTemplates.For(kind, format);

    /// <summary>Checks and creates the settings, adding every problem to <paramref name="problems"/> (the settings then keep only the templates that compiled).</summary>
    internal static CommunicationSettings Create(
        string? serviceName, DateTimeZone? customerTimeZone, IEnumerable<KeyValuePair<MessageKind, string>>? templates, List<ValidationProblem> problems)
    {
        var texts = ImmutableSortedDictionary.CreateBuilder<MessageKind, string>();
        var compiled = ImmutableDictionary.CreateBuilder<MessageKind, MessageTemplate>();
        foreach (var (kind, text) in templates ?? [])
        {
            if (text is null)
            {
                // Named after the public argument: the compiler's own check would name its "source".
                throw new ArgumentNullException(nameof(templates), $"The template for {kind} is null; leave the kind out to keep its default text.");
            }

            texts[kind] = text;
            var location = ProblemLocation.Root.Field(InputField.Communications).Field(InputField.Templates).Key(Identifiers.Camel(kind));
            if (TemplateCompiler.Compile(text, kind, out var found) is { } template)
            {
                compiled[kind] = template;
            }
            else
            {
                problems.AddRange(found.Select(p => new ValidationProblem(location, p.ToString())));
            }
        }

        var name = string.IsNullOrWhiteSpace(serviceName) ? null : serviceName;
        return new CommunicationSettings(name, customerTimeZone, texts.ToImmutable(), compiled.ToImmutable());
    }

    /// <inheritdoc />
    public bool Equals(CommunicationSettings? other) =>
        other is not null
        && ServiceName == other.ServiceName
        && Equals(CustomerTimeZone, other.CustomerTimeZone)
        && Templates.SequenceEqual(other.Templates);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(ServiceName, CustomerTimeZone, Templates.Count);
}
