// Re-tests the survivors of a Stryker run one at a time, each in a fresh build and a fresh test process.
//
//   dotnet run tests/mutation/Recheck.cs -- REPORT.json TREE [FILTER] [--only PATH-FRAGMENT] [--ids ID,ID,...]
//
// REPORT.json is the run's reports/mutation-report.json; TREE is the copy the run mutated (tests/mutation/out/<run>/tree,
// made by run.sh --copy); FILTER is the test filter to run (dotnet test --filter), by default the run's own tests are
// not known here, so give the one run.sh printed (or a narrower one). --only keeps the survivors of the files whose
// path contains PATH-FRAGMENT, --ids those with the given Stryker IDs. For each surviving mutant the tool writes the
// mutant's replacement into its file in TREE, builds the test project, runs the filter, and puts the file back.
//
// Why: Stryker keeps one test host for many mutants, so a mutant in a static initializer (a static property's value,
// a descriptor) takes effect only in a host that has not yet run that initializer; such mutants are reported as
// survivors even when the tests fail with them (docs/testing.md, "Mutation testing"). A fresh process settles it.
// Prints one line per mutant: killed (a test failed; "the test host crashed" when the run was aborted, e.g. by a
// stack overflow: Stryker 5.1.0 logs such a run as passing and reports the mutant as a timeout), survived, or
// "does not build" (the repository builds with warnings as errors, which Stryker's build does not: such a mutant is a
// compile error, not counted); then the counts.
using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Json;

if (args.Length < 2)
{
    Console.Error.WriteLine("usage: dotnet run tests/mutation/Recheck.cs -- REPORT.json TREE [FILTER] [--only PATH-FRAGMENT] [--ids ID,ID,...]");
    return 2;
}

var report = args[0];
var tree = Path.GetFullPath(args[1]);
var rest = args.Skip(2).ToList();
string? only = null;
var onlyAt = rest.IndexOf("--only");
if (onlyAt >= 0 && onlyAt + 1 < rest.Count)
{
    only = rest[onlyAt + 1];
    rest.RemoveRange(onlyAt, 2);
}

HashSet<string>? ids = null;
var idsAt = rest.IndexOf("--ids");
if (idsAt >= 0 && idsAt + 1 < rest.Count)
{
    ids = [.. rest[idsAt + 1].Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)];
    rest.RemoveRange(idsAt, 2);
}

var filter = rest.FirstOrDefault();
var testProject = Path.Combine(tree, "tests", "IncidentPolicy.Tests");
if (!Directory.Exists(testProject))
{
    Console.Error.WriteLine($"no test project under {tree}: give the tree the run mutated (run.sh --copy)");
    return 2;
}

using var document = JsonDocument.Parse(File.ReadAllText(report));
var survivors = new List<(string File, JsonElement Mutant)>();
foreach (var file in document.RootElement.GetProperty("files").EnumerateObject())
{
    if (only is not null && !file.Name.Contains(only, StringComparison.Ordinal))
    {
        continue;
    }

    foreach (var mutant in file.Value.GetProperty("mutants").EnumerateArray())
    {
        if (mutant.GetProperty("status").GetString() == "Survived" && (ids is null || ids.Contains(mutant.GetProperty("id").GetString()!)))
        {
            survivors.Add((file.Name, mutant));
        }
    }
}

var killed = 0;
var unbuildable = 0;
foreach (var (file, mutant) in survivors)
{
    var path = Path.Combine(tree, "src", "IncidentPolicy", file.Split("src/IncidentPolicy/").Last());
    var original = File.ReadAllText(path);
    var location = mutant.GetProperty("location");
    var start = Offset(original, location.GetProperty("start"));
    var end = Offset(original, location.GetProperty("end"));
    var replacement = mutant.GetProperty("replacement").GetString() ?? "";
    File.WriteAllText(path, string.Concat(original.AsSpan(0, start), replacement, original.AsSpan(end)));
    string outcome;
    try
    {
        outcome = Run("build", "-c", "Release", "-v", "q", "-m:2").ExitCode != 0 ? "does not build"
            : Run(["test", "-c", "Release", "--no-build", .. filter is null ? Array.Empty<string>() : ["--filter", filter]]) is { ExitCode: not 0 } failed
                ? failed.Output.Contains("Test Run Aborted", StringComparison.Ordinal) ? "killed (the test host crashed)" : "killed"
            : "survived";
    }
    finally
    {
        File.WriteAllText(path, original);
    }

    killed += outcome.StartsWith("killed", StringComparison.Ordinal) ? 1 : 0;
    unbuildable += outcome == "does not build" ? 1 : 0;
    var line = location.GetProperty("start").GetProperty("line").GetInt32();
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{outcome}\t{mutant.GetProperty("id").GetString()}\t{file.Split("src/IncidentPolicy/").Last()}:{line}\t{mutant.GetProperty("mutatorName").GetString()}\t{OneLine(original[start..end])} -> {OneLine(replacement)}"));
}

Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{survivors.Count} survivors re-tested: {killed} killed, {survivors.Count - killed - unbuildable} survived, {unbuildable} do not build"));
return 0;

(int ExitCode, string Output) Run(params string[] arguments)
{
    var start = new ProcessStartInfo("dotnet") { WorkingDirectory = testProject, RedirectStandardOutput = true, RedirectStandardError = true };
    foreach (var argument in arguments)
    {
        start.ArgumentList.Add(argument);
    }

    using var process = Process.Start(start)!;
    var error = process.StandardError.ReadToEndAsync();
    var output = process.StandardOutput.ReadToEnd();
    process.WaitForExit();
    return (process.ExitCode, output + error.Result);
}

// Stryker's positions are 1-based lines and columns.
static int Offset(string text, JsonElement position)
{
    var line = position.GetProperty("line").GetInt32();
    var column = position.GetProperty("column").GetInt32();
    var offset = 0;
    for (var l = 1; l < line; l++)
    {
        offset = text.IndexOf('\n', offset) + 1;
    }

    return offset + column - 1;
}

static string OneLine(string text)
{
    var one = new StringBuilder();
    foreach (var part in text.Split('\n'))
    {
        one.Append(one.Length > 0 ? " " : "").Append(part.Trim());
    }

    return one.Length > 80 ? one.ToString(0, 80) + "..." : one.ToString();
}
