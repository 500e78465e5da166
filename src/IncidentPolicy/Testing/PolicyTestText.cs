using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;

namespace IncidentPolicy.Testing;

/// <summary>
/// Policy test results as text for people: each file, each case <c>PASS</c> or <c>FAIL</c> with every difference
/// (the field, what was expected, what the evaluation says, and where the expectation is in the file), and a
/// closing <c>N passed, N failed</c> line. LF line ends, the same bytes on every machine.
/// </summary>
public static class PolicyTestText
{
    /// <summary>Writes the results of one or more files.</summary>
    /// <param name="results">The results, in the order to list them.</param>
    /// <returns>The text, each line ended by LF.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="results"/> is <see langword="null"/>.</exception>
    public static string Write(IEnumerable<PolicyTestSuiteResult> results)
    {
        ArgumentNullException.ThrowIfNull(results);
        var list = results.ToList();
        var text = new StringBuilder();
        foreach (var result in list)
        {
            text.Append(result.Suite.Source ?? "(policy tests)").Append('\n');
            foreach (var testCase in result.Cases)
            {
                text.Append(testCase.Passed ? "  PASS  " : "  FAIL  ").Append(testCase.Case.Name).Append('\n');
                foreach (var difference in testCase.Differences)
                {
                    text.Append("        ").Append(difference).Append("  (").Append(difference.Location).Append(")\n");
                }
            }
        }

        text.Append(Summary(list)).Append('\n');
        return text.ToString();
    }

    /// <summary>The closing line: <c>12 passed, 1 failed</c>.</summary>
    /// <param name="results">The results.</param>
    /// <returns>The line, without a line end.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="results"/> is <see langword="null"/>.</exception>
    public static string Summary(IEnumerable<PolicyTestSuiteResult> results)
    {
        ArgumentNullException.ThrowIfNull(results);
        var list = results.ToList();
        return string.Create(CultureInfo.InvariantCulture, $"{list.Sum(r => r.Passed)} passed, {list.Sum(r => r.Failed)} failed");
    }
}
