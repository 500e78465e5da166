using System;
using System.Linq;
using System.Reflection;

namespace IncidentPolicy.Cli;

/// <summary>What the build tells the tool about itself: the documentation's base address (MSBuild <c>IncidentPolicyDocumentationUrl</c>).</summary>
internal static class ToolInfo
{
    private const string DocumentationKey = "IncidentPolicyDocumentationUrl";

    /// <summary>The absolute address of the docs folder, ending in <c>/</c>; rule pages are <c>rules/&lt;ID&gt;.md</c> under it.</summary>
    public static Uri DocumentationBaseUri { get; } = new(
        typeof(ToolInfo).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().FirstOrDefault(a => a.Key == DocumentationKey)?.Value
        ?? throw new InvalidOperationException($"The build sets no {DocumentationKey}."),
        UriKind.Absolute);
}
