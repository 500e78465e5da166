using System;
using System.Globalization;
using IncidentPolicy.Policy;

namespace IncidentPolicy.Rules;

/// <summary>
/// What a rule is, as a Roslyn analyzer's descriptor: a stable ID, a title, the format of its
/// messages, its category and default severity. Every history entry, notification and diagnostic
/// names the rule that produced it by <see cref="Id"/>.
/// </summary>
public sealed record RuleDescriptor
{
    /// <summary>Creates a descriptor.</summary>
    /// <param name="id">The stable ID, e.g. <c>IRP3001</c>; for custom rules, any prefix of your own.</param>
    /// <param name="title">A one-line title.</param>
    /// <param name="messageFormat">A composite format string (<see cref="string.Format(IFormatProvider, string, object[])"/>) for messages.</param>
    /// <param name="category">The category, e.g. <c>Escalation</c>; configuration can set a whole category's severity.</param>
    /// <param name="defaultSeverity">The severity when configuration does not set one.</param>
    /// <param name="helpLink">Where the rule is explained, e.g. <c>docs/rules/IRP3001.md</c>.</param>
    /// <param name="isConfigurable">Whether configuration may change the rule's severity; an override of a rule that is not is a configuration error.</param>
    public RuleDescriptor(
        string id,
        string title,
        string messageFormat,
        string category,
        RuleSeverity defaultSeverity,
        string helpLink,
        bool isConfigurable = true)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(id);
        ArgumentException.ThrowIfNullOrWhiteSpace(title);
        ArgumentException.ThrowIfNullOrWhiteSpace(messageFormat);
        ArgumentException.ThrowIfNullOrWhiteSpace(category);
        Id = id;
        Title = title;
        MessageFormat = messageFormat;
        Category = category;
        DefaultSeverity = defaultSeverity;
        HelpLink = helpLink ?? string.Empty;
        IsConfigurable = isConfigurable;
    }

    /// <summary>The stable ID.</summary>
    public string Id { get; }

    /// <summary>A one-line title.</summary>
    public string Title { get; }

    /// <summary>The composite format of the rule's messages.</summary>
    public string MessageFormat { get; }

    /// <summary>The category.</summary>
    public string Category { get; }

    /// <summary>The severity when configuration does not set one.</summary>
    public RuleSeverity DefaultSeverity { get; }

    /// <summary>Where the rule is explained.</summary>
    public string HelpLink { get; }

    /// <summary>Whether configuration may change the rule's severity.</summary>
    public bool IsConfigurable { get; }

    /// <summary>A descriptor of this library's rules and checks: its page is <c>docs/rules/&lt;ID&gt;.md</c>.</summary>
    internal static RuleDescriptor BuiltIn(
        string id, string title, string messageFormat, string category, RuleSeverity defaultSeverity, bool isConfigurable = true) =>
        new(id, title, messageFormat, category, defaultSeverity, $"docs/rules/{id}.md", isConfigurable);

    /// <summary>Formats a message with the invariant culture, so results are the same on every machine.</summary>
    /// <param name="arguments">The values for the format's placeholders.</param>
    /// <returns>The message.</returns>
    public string FormatMessage(params object?[] arguments) =>
        string.Format(CultureInfo.InvariantCulture, MessageFormat, arguments);

    /// <inheritdoc />
    public override string ToString() => $"{Id}: {Title}";
}
