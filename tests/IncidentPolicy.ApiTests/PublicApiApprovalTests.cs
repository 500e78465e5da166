using System;
using System.IO;
using System.Runtime.Loader;
using PublicApiGenerator;
using Xunit;

namespace IncidentPolicy.ApiTests;

/// <summary>
/// The public API is a promise: each shipped assembly's public surface, per target framework, must equal
/// its approved text in Approved/. A change fails here until the approved file is updated on purpose
/// (see CONTRIBUTING.md: the test writes a .received.txt beside it to compare and copy).
/// </summary>
public sealed class PublicApiApprovalTests
{
    public static TheoryData<string, string> ShippedAssemblies => new()
    {
        { "IncidentPolicy", "net8.0" },
        { "IncidentPolicy", "net10.0" },
        { "IncidentPolicy.Extensions.Hosting", "net8.0" },
        { "IncidentPolicy.Extensions.Hosting", "net10.0" },
        { "IncidentPolicy.Orleans", "net8.0" },
        { "IncidentPolicy.Orleans", "net10.0" },
    };

    [Theory]
    [MemberData(nameof(ShippedAssemblies))]
    public void The_public_API_is_the_approved_one(string assembly, string framework)
    {
        var approvedPath = Path.Combine(RepositoryRoot(), "tests", "IncidentPolicy.ApiTests", "Approved", $"{assembly}.{framework}.approved.txt");
        var receivedPath = Path.ChangeExtension(approvedPath, null).Replace(".approved", ".received", StringComparison.Ordinal) + ".txt";

        var actual = PublicApiOf(assembly, framework);
        var approved = File.Exists(approvedPath) ? File.ReadAllText(approvedPath).ReplaceLineEndings("\n") : string.Empty;

        if (actual != approved)
        {
            File.WriteAllText(receivedPath, actual);
            Assert.Fail(
                $"The public API of {assembly} ({framework}) changed. If the change is deliberate, review the difference and approve it:{Environment.NewLine}" +
                $"  diff {approvedPath} {receivedPath}{Environment.NewLine}  mv {receivedPath} {approvedPath}");
        }

        File.Delete(receivedPath);
    }

    private static string PublicApiOf(string assembly, string framework)
    {
        var path = Path.Combine(RepositoryRoot(), "src", assembly, "bin", BuildConfiguration(), framework, assembly + ".dll");
        Assert.True(File.Exists(path), $"{path} is missing: build the solution first.");
        var context = new AssemblyLoadContext($"{assembly}-{framework}", isCollectible: true);
        try
        {
            var options = new ApiGeneratorOptions
            {
                // The DI extension methods live in Microsoft.Extensions.DependencyInjection: they are part of the promise.
                AllowNamespacePrefixes = ["Microsoft.Extensions.DependencyInjection"],
                // Orleans' generated serializers and proxies (public by necessity, named by hashes) are not part of it.
                DenyNamespacePrefixes = ["System", "Microsoft", "OrleansCodeGen"],
                IncludeAssemblyAttributes = false,
            };
            return context.LoadFromAssemblyPath(path).GeneratePublicApi(options).ReplaceLineEndings("\n");
        }
        finally
        {
            context.Unload();
        }
    }

    /// <summary>The configuration this test was built in (Debug or Release): the libraries beside it were built the same way.</summary>
    private static string BuildConfiguration() =>
        new DirectoryInfo(AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar)).Parent!.Name;

    private static string RepositoryRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "IncidentPolicy.sln")))
        {
            directory = directory.Parent;
        }

        return directory?.FullName ?? throw new InvalidOperationException("IncidentPolicy.sln not found above the test binaries.");
    }
}
