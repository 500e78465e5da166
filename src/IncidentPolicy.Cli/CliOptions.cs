using System.CommandLine;
using System.CommandLine.Parsing;
using NodaTime;

namespace IncidentPolicy.Cli;

/// <summary>The options several commands share, each with its help text and its parser.</summary>
internal static class CliOptions
{
    public const string Text = "text";
    public const string Json = "json";

    public static Argument<string> IncidentFile() => new("incident.json")
    {
        Description = "The incident record: JSON in the wire format of docs/wire-format.md (see samples/incidents/).",
    };

    public static Option<string?> Policy() => new("--policy")
    {
        Description = "A policy document (JSON): an override applied onto the default policy, e.g. samples/policies/london.json, "
            + "or a whole policy with \"extends\": \"none\". Default: the default policy.",
        HelpName = "policy.json",
    };

    public static Option<string> Format(string textDescription, string jsonDescription, string defaultFormat = Text)
    {
        var option = new Option<string>("--format")
        {
            Description = $"Output format: '{Text}' ({textDescription}) or '{Json}' ({jsonDescription}). Default: {defaultFormat}.",
            HelpName = defaultFormat == Text ? "text|json" : "json|text",
            DefaultValueFactory = _ => defaultFormat,
        };
        option.AcceptOnlyFromAmong(Text, Json);
        return option;
    }

    /// <summary>A <c>--format</c> option that also accepts <paramref name="alsoAccepted"/>'s format, after text and json.</summary>
    public static Option<string> Format(string textDescription, string jsonDescription, (string Name, string Description) alsoAccepted)
    {
        var option = new Option<string>("--format")
        {
            Description = $"Output format: '{Text}' ({textDescription}), '{Json}' ({jsonDescription}) or '{alsoAccepted.Name}' ({alsoAccepted.Description}). Default: {Text}.",
            HelpName = $"text|json|{alsoAccepted.Name}",
            DefaultValueFactory = _ => Text,
        };
        option.AcceptOnlyFromAmong(Text, Json, alsoAccepted.Name);
        return option;
    }

    public static Option<Instant?> Instant(string name, string description) => new(name)
    {
        Description = description,
        HelpName = "instant",
        CustomParser = result => ParseInstant(result, name),
    };

    public static Option<Duration?> Duration(string name, string description) => new(name)
    {
        Description = description,
        HelpName = "duration",
        CustomParser = result => ParseDuration(result, name),
    };

    private static Instant? ParseInstant(ArgumentResult result, string name)
    {
        var text = result.Tokens.Count == 1 ? result.Tokens[0].Value : string.Empty;
        if (Inputs.TryParseInstant(text, out var instant))
        {
            return instant;
        }

        result.AddError($"{name}: '{text}' is not an instant; expected ISO-8601 such as 2024-03-15T14:00:00Z (UTC) or 2024-03-15T15:00:00+01:00.");
        return null;
    }

    private static Duration? ParseDuration(ArgumentResult result, string name)
    {
        var text = result.Tokens.Count == 1 ? result.Tokens[0].Value : string.Empty;
        if (Inputs.TryParseDuration(text, out var duration) && duration >= NodaTime.Duration.Zero)
        {
            return duration;
        }

        result.AddError($"{name}: '{text}' is not a duration; expected a non-negative ISO-8601 duration such as PT8H, PT1H30M or P3D (a day is 24 hours; no months or years).");
        return null;
    }
}
