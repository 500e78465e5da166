using System;
using System.Threading.Tasks;
using IncidentPolicy.Communications;
using Xunit;

namespace IncidentPolicy.Tests.Communications;

/// <summary>
/// The output limit of a message holds whichever way a template's text is written to the renderer's writer (a character,
/// part of an array, a span, a string, each also asynchronously): the text is written, and one character over the limit stops it.
/// </summary>
public sealed class BoundedWriterTests
{
    public static TheoryData<string> Ways =>
    [
        "Write(char)", "Write(char[], index, count)", "Write(ReadOnlySpan<char>)", "Write(string)",
        "WriteAsync(char)", "WriteAsync(char[], index, count)", "WriteAsync(ReadOnlyMemory<char>)", "WriteAsync(string)",
    ];

    [Theory]
    [MemberData(nameof(Ways))]
    public async Task Text_up_to_the_limit_is_written(string way)
    {
        using var writer = new MessageRenderer.BoundedWriter(6);

        await Write(writer, way, "abc");
        await Write(writer, way, "def");

        Assert.Equal("abcdef", writer.ToString());
    }

    [Theory]
    [MemberData(nameof(Ways))]
    public async Task Text_past_the_limit_is_stopped_naming_the_limit(string way)
    {
        using var writer = new MessageRenderer.BoundedWriter(6);
        await Write(writer, way, "abc");

        var stopped = await Assert.ThrowsAsync<MessageRenderer.OutputTooLongException>(() => Write(writer, way, "defg"));

        Assert.StartsWith("The message template was stopped: it wrote more than 6 characters", stopped.Message, StringComparison.Ordinal);
    }

    private static async Task Write(MessageRenderer.BoundedWriter writer, string way, string text)
    {
        var framed = ("[" + text + "]").ToCharArray();
        switch (way)
        {
            case "Write(char)":
                foreach (var c in text)
                {
                    writer.Write(c);
                }

                break;
            case "Write(char[], index, count)": writer.Write(framed, 1, text.Length); break;
            case "Write(ReadOnlySpan<char>)": writer.Write(text.AsSpan()); break;
            case "Write(string)": writer.Write(text); break;
            case "WriteAsync(char)":
                foreach (var c in text)
                {
                    await writer.WriteAsync(c);
                }

                break;
            case "WriteAsync(char[], index, count)": await writer.WriteAsync(framed, 1, text.Length); break;
            case "WriteAsync(ReadOnlyMemory<char>)": await writer.WriteAsync(text.AsMemory()); break;
            case "WriteAsync(string)": await writer.WriteAsync(text); break;
            default: throw new ArgumentOutOfRangeException(nameof(way), way, "not a way of writing");
        }
    }
}
