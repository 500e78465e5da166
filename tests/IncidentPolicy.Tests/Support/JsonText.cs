using System.Text;

namespace IncidentPolicy.Tests.Support;

/// <summary>JSON text as bytes on the wire, to compare documents byte for byte.</summary>
internal static class JsonText
{
    /// <summary>The text without the whitespace between tokens: what a compact writer gives for the same tokens.</summary>
    public static string Minify(string json)
    {
        var text = new StringBuilder(json.Length);
        var inString = false;
        for (var i = 0; i < json.Length; i++)
        {
            var c = json[i];
            if (inString)
            {
                text.Append(c);
                if (c == '\\')
                {
                    text.Append(json[++i]);
                }
                else if (c == '"')
                {
                    inString = false;
                }
            }
            else if (c == '"')
            {
                inString = true;
                text.Append(c);
            }
            else if (c is not (' ' or '\t' or '\r' or '\n'))
            {
                text.Append(c);
            }
        }

        return text.ToString();
    }
}
