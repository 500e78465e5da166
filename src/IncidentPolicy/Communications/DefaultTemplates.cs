using System;
using System.Collections.Frozen;
using System.Collections.Generic;
using System.Linq;
using System.Text.RegularExpressions;

namespace IncidentPolicy.Communications;

/// <summary>
/// The procedure's four communication templates as Liquid, and their Markdown and Slack variants: the first
/// line in bold, and in Markdown each <c>Label: value</c> line a list item so each stays on its own line.
/// </summary>
internal static partial class DefaultTemplates
{
    public const string InitialAlert =
        """
        INCIDENT DECLARED: {{ severity }} - {{ title }}

        Impact: {{ impact }}
        Start time: {{ startTime }}
        Current status: {{ status }}
        Incident Commander: {{ incidentCommander }}
        Channel: {{ channel }}
        {% if nextUpdateIn %}
        Next update in {{ nextUpdateIn }}.
        {% endif %}
        """;

    public const string StatusUpdate =
        """
        INCIDENT UPDATE: {{ severity }} - {{ title }}

        Status: {{ status }}
        Duration: {{ duration }}
        Current state: {{ currentState }}
        Actions taken: {{ actionsTaken | join: ", " }}
        Next steps: {{ nextSteps }}
        {% if overdueItems.size > 0 %}

        Overdue checklist items:
        {% for item in overdueItems %}- {{ item.title }} Due by {{ item.dueBy }}.
        {% endfor %}{% endif %}
        {% if nextUpdateIn %}
        Next update in {{ nextUpdateIn }}.
        {% endif %}
        """;

    public const string Resolution =
        """
        INCIDENT RESOLVED: {{ severity }} - {{ title }}

        Duration: {{ duration }}
        Root cause: {{ rootCause }}
        Resolution: {{ resolution }}
        Customer impact: {{ customerImpact }}
        {% if followUp %}Follow-up: {{ followUp }}.
        {% endif %}
        Monitoring for recurrence.
        """;

    public const string Customer =
        """
        {% if serviceName %}{{ serviceName }} Status Update{% else %}Status Update{% endif %}

        We are aware of an issue affecting {{ customerDescription }}.
        Our team is actively working to resolve this.

        Started: {{ startTime }}
        Current status: {{ customerStatus }}
        {% if customerCadence %}
        We will provide updates every {{ customerCadence }}.{% endif %}
        We apologize for the inconvenience.
        """;

    private static readonly FrozenDictionary<(MessageKind, MessageFormat), MessageTemplate> Compiled =
        (from kind in Enum.GetValues<MessageKind>()
         from format in Enum.GetValues<MessageFormat>()
         select KeyValuePair.Create((kind, format), Compile(kind, format))).ToFrozenDictionary();

    /// <summary>The default text of <paramref name="kind"/> (plain text).</summary>
    public static string Of(MessageKind kind) => kind switch
    {
        MessageKind.InitialAlert => InitialAlert,
        MessageKind.StatusUpdate => StatusUpdate,
        MessageKind.Resolution => Resolution,
        MessageKind.Customer => Customer,
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "not a message kind"),
    };

    /// <summary>The default template of <paramref name="kind"/> for <paramref name="format"/>.</summary>
    public static MessageTemplate For(MessageKind kind, MessageFormat format) => Compiled[(kind, format)];

    /// <summary>The default text of <paramref name="kind"/> for <paramref name="format"/>.</summary>
    public static string Source(MessageKind kind, MessageFormat format)
    {
        var lines = Of(kind).Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n');
        var bold = format switch { MessageFormat.Markdown => "**", MessageFormat.Slack => "*", _ => string.Empty };
        lines[0] = bold + lines[0] + bold;
        if (format == MessageFormat.Markdown)
        {
            for (var i = 1; i < lines.Length; i++)
            {
                if (LabelLine().Match(lines[i]) is { Success: true } label)
                {
                    var tag = label.Groups[1].Length;
                    lines[i] = lines[i][..tag] + "- " + lines[i][tag..];
                }
            }
        }

        return string.Join('\n', lines);
    }

    private static MessageTemplate Compile(MessageKind kind, MessageFormat format) =>
        TemplateCompiler.Compile(Source(kind, format), kind, out var problems)
        ?? throw new InvalidOperationException($"The default {kind} template is broken: {string.Join("; ", problems)}");

    [GeneratedRegex(@"^(\{% if [a-zA-Z]+ %\})?[A-Z][A-Za-z -]*: ")]
    private static partial Regex LabelLine();
}
