using System;

namespace IncidentPolicy.Cli;

/// <summary>Input the tool refuses (a missing file, an instant before detection); the message names the file and the place.</summary>
internal sealed class CliInputException : Exception
{
    public CliInputException(string message)
        : base(message)
    {
    }

    public CliInputException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public CliInputException()
    {
    }
}
