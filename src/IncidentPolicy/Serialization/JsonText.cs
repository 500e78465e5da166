using System;
using System.IO;
using System.Text;
using System.Text.Json;

namespace IncidentPolicy.Serialization;

/// <summary>How every document of the library is written: UTF-8, two-space indent, LF newlines on every OS, so equal inputs give equal bytes.</summary>
internal static class JsonText
{
    public static JsonWriterOptions WriterOptions(bool indented) => new()
    {
        Indented = indented,
#if NET9_0_OR_GREATER
        NewLine = "\n",
#endif
    };

    public static string ToString(MemoryStream stream)
    {
        var text = Encoding.UTF8.GetString(stream.ToArray());
        return Environment.NewLine == "\n" ? text : text.Replace(Environment.NewLine, "\n", StringComparison.Ordinal);
    }
}
