// Prints Stryker --mutate patterns that select only the surviving and uncovered mutants of a finished run, by line span,
// so that run.sh --again can test them once more against every test instead of a named set.
//
//   dotnet run tests/mutation/SurvivorSpans.cs -- REPORT.json SOURCE-ROOT
//
// REPORT.json is the run's reports/mutation-report.json; SOURCE-ROOT is the folder whose src/IncidentPolicy is about to
// be mutated (this tree, or the copy run.sh --copy makes). Prints one pattern per line,
// `**/src/IncidentPolicy/<file>{start..end}{start..end}...`, where each span covers the whole lines of one mutant
// (Stryker matches a mutant whose text lies inside a span; spans are character offsets into the file). A file whose text
// differs from the text the report was made from is refused: its offsets would select other code.
//
// Why: a named test set (run.sh --tests) makes each mutant cheap but misses the tests of other areas that also reach the
// folder (the policy's business calendar is tested through the rules). The second pass runs only what survived the
// first, against the whole suite: far fewer mutants at the whole suite's slower rate.
using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Json;

if (args.Length != 2)
{
    Console.Error.WriteLine("usage: dotnet run tests/mutation/SurvivorSpans.cs -- REPORT.json SOURCE-ROOT");
    return 2;
}

using var document = JsonDocument.Parse(File.ReadAllText(args[0]));
var sourceRoot = Path.GetFullPath(args[1]);
var problems = new List<string>();
var patterns = new List<string>();
var count = 0;
foreach (var file in document.RootElement.GetProperty("files").EnumerateObject().OrderBy(f => f.Name, StringComparer.Ordinal))
{
    var relative = file.Name.Replace('\\', '/').Split("src/IncidentPolicy/").Last();
    var wanted = file.Value.GetProperty("mutants").EnumerateArray()
        .Where(m => m.GetProperty("status").GetString() is "Survived" or "NoCoverage")
        .ToList();
    if (wanted.Count == 0)
    {
        continue;
    }

    var source = file.Value.GetProperty("source").GetString()!;
    var path = Path.Combine(sourceRoot, "src", "IncidentPolicy", relative);
    if (!File.Exists(path) || File.ReadAllText(path, Encoding.UTF8) != source)
    {
        problems.Add($"src/IncidentPolicy/{relative}: changed since the run (or missing), its spans would select other code");
        continue;
    }

    var lineStarts = new List<int> { 0 };
    for (var i = 0; i < source.Length; i++)
    {
        if (source[i] == '\n')
        {
            lineStarts.Add(i + 1);
        }
    }

    int LineEnd(int line) => line < lineStarts.Count ? lineStarts[line] - 1 : source.Length;

    var spans = wanted
        .Select(m => m.GetProperty("location"))
        .Select(l => (Start: lineStarts[l.GetProperty("start").GetProperty("line").GetInt32() - 1], End: LineEnd(l.GetProperty("end").GetProperty("line").GetInt32())))
        .Distinct()
        .OrderBy(s => s.Start);
    patterns.Add($"**/src/IncidentPolicy/{relative}" + string.Concat(spans.Select(s => $"{{{s.Start}..{s.End}}}")));
    count += wanted.Count;
}

if (problems.Count > 0)
{
    foreach (var problem in problems)
    {
        Console.Error.WriteLine(problem);
    }

    return 1;
}

foreach (var pattern in patterns)
{
    Console.WriteLine(pattern);
}

Console.Error.WriteLine($"{count} surviving or uncovered mutants in {patterns.Count} files");
return 0;
