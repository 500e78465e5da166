using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using Fluid;
using Fluid.Values;
using Microsoft.Extensions.FileProviders;
using NodaTime;

namespace IncidentPolicy.Communications;

/// <summary>
/// Runs a checked template in a sandbox: the template sees only the message's fields (strings, lists of strings and
/// the overdue checklist items, as the record and the host gave them; each output is escaped for the format as it is
/// written, <see cref="OutputEscaping"/>), no object's members, no files (no includes), the evaluation instant
/// as <c>now</c>, the invariant culture and UTC; it runs at most <see cref="TemplateLimits.MaxSteps"/> steps, nests at most
/// <see cref="TemplateLimits.MaxNesting"/> blocks and writes at most <see cref="TemplateLimits.MaxOutputLength"/> characters. The output's line ends are LF, trailing
/// spaces and runs of blank lines are trimmed, and it ends with one line end.
/// </summary>
internal static class MessageRenderer
{
    public static string Render(MessageTemplate template, IReadOnlyDictionary<string, FluidValue> fields, Instant at, MessageFormat format, TemplateLimits limits)
    {
        var options = new TemplateOptions
        {
            MaxSteps = limits.MaxSteps,
            MaxRecursion = limits.MaxNesting,
            CultureInfo = CultureInfo.InvariantCulture,
            TimeZone = TimeZoneInfo.Utc,
            FileProvider = new NullFileProvider(),
            MemberAccessStrategy = new DefaultMemberAccessStrategy(),
            Now = () => at.ToDateTimeOffset(),
        };
        OutputEscaping.Register(options, format);
        var context = new TemplateContext(options);
        foreach (var (name, value) in fields)
        {
            context.SetValue(name, value);
        }

        using var writer = new BoundedWriter(limits.MaxOutputLength);
        try
        {
            template.Parsed.RenderAsync(writer, NullEncoder.Default, context).AsTask().GetAwaiter().GetResult();
        }
        catch (InvalidOperationException exception) when (exception is not OutputTooLongException)
        {
            throw new InvalidOperationException(
                $"The message template was stopped: {exception.Message} The limits are {limits.MaxSteps.ToString(CultureInfo.InvariantCulture)} steps "
                + $"({nameof(TemplateLimits)}.{nameof(TemplateLimits.MaxSteps)}) and {limits.MaxNesting.ToString(CultureInfo.InvariantCulture)} nested blocks "
                + $"({nameof(TemplateLimits)}.{nameof(TemplateLimits.MaxNesting)}); raise them with new MessageComposer(engine, limits) for a longer template.",
                exception);
        }
        catch (ArithmeticException exception)
        {
            // Fluid's number filters divide as they are told: {{ 1 | divided_by: 0 }} and {{ 1 | modulo: 0 }} throw.
            throw new InvalidOperationException(
                $"The message template was stopped: its arithmetic failed ({exception.Message}); a filter such as divided_by or modulo was given zero or a number out of range.",
                exception);
        }
        catch (Exception exception) when (exception is ArgumentException or FormatException or IndexOutOfRangeException)
        {
            // Fluid's text filters take their arguments as they are given: {{ title | slice: 5, 2147483647 }} throws.
            throw new InvalidOperationException(
                $"The message template was stopped: a filter was given an argument it cannot use ({exception.Message}); check the numbers and formats the template gives its filters.",
                exception);
        }

        return Normalise(writer.ToString());
    }

    private static string Normalise(string output)
    {
        var lines = output.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n').Split('\n')
            .Select(l => l.TrimEnd(' ', '\t'));
        var text = new StringBuilder(output.Length);
        var blank = 0;
        foreach (var line in lines.SkipWhile(l => l.Length == 0))
        {
            blank = line.Length == 0 ? blank + 1 : 0;
            if (blank <= 1)
            {
                text.Append(line).Append('\n');
            }
        }

        while (text.Length > 1 && text[^1] == '\n' && text[^2] == '\n')
        {
            text.Length--;
        }

        return text.ToString();
    }

    /// <summary>A template wrote more than <see cref="TemplateLimits.MaxOutputLength"/> characters.</summary>
    internal sealed class OutputTooLongException(int limit)
        : InvalidOperationException(
            $"The message template was stopped: it wrote more than {limit.ToString(CultureInfo.InvariantCulture)} characters, over the limit of "
            + $"{nameof(TemplateLimits)}.{nameof(TemplateLimits.MaxOutputLength)}; raise it with new MessageComposer(engine, limits) for a longer message.");

    /// <summary>
    /// The writer a template renders into: every way of writing counts toward <paramref name="limit"/>, so the limit holds
    /// whichever of them Fluid uses (2.x writes strings; <see cref="StringWriter"/>'s own char, array and span writes would not be counted).
    /// </summary>
    internal sealed class BoundedWriter(int limit) : StringWriter(CultureInfo.InvariantCulture)
    {
        public override void Write(char value)
        {
            Check(1);
            base.Write(value);
        }

        public override void Write(char[] buffer, int index, int count)
        {
            Check(count);
            base.Write(buffer, index, count);
        }

        public override void Write(string? value)
        {
            Check(value?.Length ?? 0);
            base.Write(value);
        }

        public override void Write(ReadOnlySpan<char> buffer)
        {
            Check(buffer.Length);
            base.Write(buffer);
        }

        public override System.Threading.Tasks.Task WriteAsync(string? value)
        {
            Write(value);
            return System.Threading.Tasks.Task.CompletedTask;
        }

        public override System.Threading.Tasks.Task WriteAsync(char value)
        {
            Write(value);
            return System.Threading.Tasks.Task.CompletedTask;
        }

        public override System.Threading.Tasks.Task WriteAsync(char[] buffer, int index, int count)
        {
            Write(buffer, index, count);
            return System.Threading.Tasks.Task.CompletedTask;
        }

        public override System.Threading.Tasks.Task WriteAsync(ReadOnlyMemory<char> buffer, System.Threading.CancellationToken cancellationToken = default)
        {
            Write(buffer.Span);
            return System.Threading.Tasks.Task.CompletedTask;
        }

        private void Check(int count)
        {
            if (GetStringBuilder().Length + count > limit)
            {
                throw new OutputTooLongException(limit);
            }
        }
    }
}
