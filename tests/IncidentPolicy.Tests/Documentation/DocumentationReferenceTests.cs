using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using IncidentPolicy.Tests.Support;
using Xunit;

namespace IncidentPolicy.Tests.Documentation;

/// <summary>
/// The product is self-contained: every document, XML doc comment and help text points to a file of the
/// repository, and nothing cites a document the repository does not hold. Each test lists every offending
/// <c>file:line</c> at once.
/// </summary>
public sealed class DocumentationReferenceTests
{
    [Fact]
    public void Every_relative_link_and_path_in_the_Markdown_files_points_to_a_file_that_exists()
    {
        var problems = new List<string>();
        foreach (var file in RepositoryFiles.Markdown)
        {
            foreach (var (line, number) in MarkdownText.LinesOutsideCodeBlocks(file))
            {
                foreach (var target in MarkdownText.LinkTargets(line))
                {
                    if (RepositoryFiles.ProblemWithLink(file, target) is { } problem)
                    {
                        problems.Add($"{RepositoryFiles.Relative(file)}:{number}: {problem}");
                    }
                }

                foreach (var path in MarkdownText.PathsInBackticks(line))
                {
                    if (!RepositoryFiles.PathExists(file, path))
                    {
                        problems.Add($"{RepositoryFiles.Relative(file)}:{number}: `{path}` is not a file of the repository");
                    }
                }
            }
        }

        AssertNone(problems, "Markdown links or paths to files that do not exist");
    }

    [Fact]
    public void Every_docs_or_schemas_path_named_in_the_source_exists()
    {
        var problems = new List<string>();
        foreach (var file in RepositoryFiles.Under(["src", "samples"], ".cs"))
        {
            foreach (var (line, number) in RepositoryFiles.Lines(file))
            {
                foreach (Match match in SourcePath.Matches(line))
                {
                    if (!File.Exists(Repository.PathOf(match.Value.Split('/'))))
                    {
                        problems.Add($"{RepositoryFiles.Relative(file)}:{number}: {match.Value} does not exist");
                    }
                }
            }
        }

        AssertNone(problems, "paths in the source to documents that do not exist");
    }

    [Fact]
    public void Nothing_cites_a_document_outside_the_repository()
    {
        var problems = new List<string>();
        var files = RepositoryFiles.Under(["src", "docs", "samples"], RepositoryFiles.TextExtensions)
            .Concat([Repository.PathOf("README.md"), Repository.PathOf("CONTRIBUTING.md")]);
        foreach (var file in files)
        {
            foreach (var (line, number) in RepositoryFiles.Lines(file))
            {
                foreach (var citation in OutsideCitations.Where(c => line.Contains(c, StringComparison.OrdinalIgnoreCase)))
                {
                    problems.Add($"{RepositoryFiles.Relative(file)}:{number}: cites \"{citation}\": point to a page of docs/ instead, or say it");
                }
            }
        }

        AssertNone(problems, "citations of documents the repository does not hold");
    }

    /// <summary>
    /// Words that name the documents the product was first written from, which users cannot open: a
    /// section sign ("spec §10", "§8.1"), their folder and file names, and "the seed" for the procedure.
    /// </summary>
    private static readonly string[] OutsideCitations =
        ["§", "shared/", "incident-json.md", "policy-semantics.md", "incident-response.md", "the seed"];

    /// <summary>A path to a page of docs/ or a schema, as XML docs and help texts name them.</summary>
    private static readonly Regex SourcePath = new(@"\b(?:docs/[A-Za-z0-9_./-]+\.md|schemas/[A-Za-z0-9_.-]+\.json)", RegexOptions.CultureInvariant);

    private static void AssertNone(List<string> problems, string what)
    {
        if (problems.Count > 0)
        {
            Assert.Fail($"{problems.Count} {what}:\n{string.Join("\n", problems)}");
        }
    }
}
