namespace IncidentPolicy.Cli;

/// <summary>
/// Colour for text output, with ANSI escape sequences: only on a terminal, and never when <c>NO_COLOR</c>
/// has a value (https://no-color.org: any non-empty value disables colour).
/// </summary>
internal sealed class TextStyle
{
    private readonly bool _colour;

    private TextStyle(bool colour)
    {
        _colour = colour;
    }

    public static TextStyle Plain { get; } = new(colour: false);

    public static TextStyle Colour { get; } = new(colour: true);

    public bool UsesColour => _colour;

    public static TextStyle ForConsole(bool isOutputRedirected, string? noColor) =>
        !isOutputRedirected && string.IsNullOrEmpty(noColor) ? Colour : Plain;

    public string Bold(string text) => Wrap("1", text);

    public string Dim(string text) => Wrap("2", text);

    public string Red(string text) => Wrap("31", text);

    public string Green(string text) => Wrap("32", text);

    public string Yellow(string text) => Wrap("33", text);

    public string Cyan(string text) => Wrap("36", text);

    public string Magenta(string text) => Wrap("35", text);

    private string Wrap(string code, string text) => _colour ? $"\u001b[{code}m{text}\u001b[0m" : text;
}
