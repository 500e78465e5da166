using System;

namespace IncidentPolicy.Documents;

/// <summary>What a SARIF log says about the tool that wrote it.</summary>
public sealed record DocumentSarifOptions
{
    /// <summary>Creates the options.</summary>
    /// <param name="toolName">The tool's name, e.g. <c>incident-policy</c>.</param>
    /// <param name="toolVersion">The tool's version.</param>
    /// <param name="documentationBaseUri">The absolute address of the documentation folder (ending in <c>/</c>): each rule's help is <c>rules/&lt;ID&gt;.md</c> under it, the tool's information <c>documents.md</c>.</param>
    /// <exception cref="ArgumentException">The address is not absolute.</exception>
    public DocumentSarifOptions(string toolName, string toolVersion, Uri documentationBaseUri)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(toolName);
        ArgumentException.ThrowIfNullOrWhiteSpace(toolVersion);
        ArgumentNullException.ThrowIfNull(documentationBaseUri);
        if (!documentationBaseUri.IsAbsoluteUri)
        {
            throw new ArgumentException($"The documentation base address must be absolute, got '{documentationBaseUri}'.", nameof(documentationBaseUri));
        }

        ToolName = toolName;
        ToolVersion = toolVersion;
        DocumentationBaseUri = documentationBaseUri.AbsoluteUri.EndsWith('/') ? documentationBaseUri : new Uri(documentationBaseUri.AbsoluteUri + "/");
    }

    /// <summary>The tool's name.</summary>
    public string ToolName { get; }

    /// <summary>The tool's version.</summary>
    public string ToolVersion { get; }

    /// <summary>The documentation folder's absolute address, ending in <c>/</c>.</summary>
    public Uri DocumentationBaseUri { get; }
}
