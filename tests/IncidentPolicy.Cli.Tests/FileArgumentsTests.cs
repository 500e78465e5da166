using System;
using System.IO;
using System.Linq;
using IncidentPolicy.Cli.Tests.Support;
using Xunit;

namespace IncidentPolicy.Cli.Tests;

/// <summary>The one walk of the files and folders <c>lint</c>, <c>test</c> and <c>diff</c> are given.</summary>
public sealed class FileArgumentsTests
{
    private static readonly FileArguments.Kind Json = new(".json", StringComparison.OrdinalIgnoreCase, "no json here.", "nothing there.");

    private static readonly FileArguments.Kind TestFiles = new(".policytest.json", StringComparison.Ordinal, "no tests here.", "nothing there.");

    [Fact]
    public void A_folder_gives_its_matching_files_recursively_in_ordinal_order_without_git_and_node_modules()
    {
        using var files = Tree("b/z.json", "b/a.json", "a.json", "B.JSON", "notes.txt", ".git/x.json", "node_modules/y.json", "c/.git/w.json");

        var (found, problems) = FileArguments.Expand(["tree"], files.Folder, Json);

        Assert.Empty(problems);
        Assert.Equal(["tree/B.JSON", "tree/a.json", "tree/b/a.json", "tree/b/z.json"], found.Select(f => f.AsWritten));
        Assert.All(found, f => Assert.False(f.Explicit));
    }

    [Fact]
    public void The_ending_is_compared_as_the_command_says_whatever_the_file_system()
    {
        using var files = Tree("a.policytest.json", "B.POLICYTEST.JSON", "c.json");

        var (found, _) = FileArguments.Expand(["tree"], files.Folder, TestFiles);

        Assert.Equal(["a.policytest.json"], found.Select(f => f.BelowFolder));
    }

    [Fact]
    public void A_file_named_is_taken_whatever_its_name_and_once_when_also_inside_a_folder_named()
    {
        using var files = Tree("a.json", "b.json", "other.txt");

        var (found, problems) = FileArguments.Expand(["tree", "tree/other.txt", "./tree/b.json", "tree/other.txt"], files.Folder, Json);

        Assert.Empty(problems);
        Assert.Equal(["tree/a.json", "./tree/b.json", "tree/other.txt"], found.Select(f => f.AsWritten));
        Assert.Equal([false, true, true], found.Select(f => f.Explicit));
        Assert.Equal(["tree/a.json", "tree/b.json", "tree/other.txt"], found.Select(f => f.RelativeTo(files.Folder)));
    }

    [Fact]
    public void Every_path_that_names_nothing_is_a_problem_in_the_order_of_the_arguments()
    {
        using var files = Tree("a.json", "empty/notes.txt");

        var (found, problems) = FileArguments.Expand(["missing.json", "tree/empty", "tree"], files.Folder, Json);

        Assert.Equal(["tree/a.json"], found.Select(f => f.AsWritten));
        Assert.Equal(["missing.json: nothing there.", "tree/empty: no json here."], problems);
    }

    [Fact]
    public void Lint_and_diff_take_their_ending_in_any_case_and_test_only_as_written()
    {
        using var files = Tree("a.md", "B.MD", "c.json", "D.JSON", "e.policytest.json", "F.POLICYTEST.JSON");

        Assert.Equal(["tree/B.MD", "tree/a.md"], DocumentFiles.Expand(["tree"], files.Folder).Files.Select(f => f.DisplayPath));
        Assert.Equal(["tree/e.policytest.json"], PolicyTestFiles.Expand(["tree"], files.Folder).Files.Select(f => f.DisplayPath));
    }

    /// <summary>A folder <c>tree</c> in a temporary folder, holding <paramref name="paths"/>.</summary>
    private static TempFiles Tree(params string[] paths)
    {
        var files = new TempFiles();
        foreach (var path in paths)
        {
            var full = Path.Combine(files.Folder, "tree", path);
            Directory.CreateDirectory(Path.GetDirectoryName(full)!);
            File.WriteAllText(full, "{}");
        }

        return files;
    }
}
