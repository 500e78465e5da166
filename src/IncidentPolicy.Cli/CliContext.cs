using System.IO;
using NodaTime;

namespace IncidentPolicy.Cli;

/// <summary>What a command may touch: the clock (for `--at` defaulting to now), the output streams and the text style; `lint` resolves paths against the working directory (the process's when null).</summary>
internal sealed record CliContext(IClock Clock, TextWriter Out, TextWriter Error, TextStyle Style, string? WorkingDirectory = null);
