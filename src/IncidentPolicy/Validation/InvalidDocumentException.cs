using System.Collections.Generic;

namespace IncidentPolicy.Validation;

/// <summary>
/// A Markdown document was refused before it was analysed: it is over a limit of
/// <see cref="Documents.DocumentAnalysisOptions"/> (docs/limits.md). Its problem is at <c>$</c>, the whole document, and
/// names the limit, the value found and the option that raises it. Nothing was analysed.
/// </summary>
public sealed class InvalidDocumentException : InvalidInputException
{
    /// <summary>Creates the exception.</summary>
    /// <param name="problems">What is wrong.</param>
    /// <param name="sourceName">The document's path, as the caller named it, if known; it starts the message.</param>
    public InvalidDocumentException(IEnumerable<ValidationProblem> problems, string? sourceName = null)
        : base("The document", problems, sourceName)
    {
    }
}
