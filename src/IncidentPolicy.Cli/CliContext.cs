using System.IO;
using NodaTime;

namespace IncidentPolicy.Cli;

/// <summary>What a command may touch: the clock (for `--at` defaulting to now), the output streams and the text style.</summary>
internal sealed record CliContext(IClock Clock, TextWriter Out, TextWriter Error, TextStyle Style);
