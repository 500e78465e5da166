using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using System.Xml;

namespace IncidentPolicy.Testing;

/// <summary>
/// Policy test results as JUnit XML, the report CI systems read (GitHub Actions through a JUnit report action,
/// GitLab's <c>artifacts:reports:junit</c>, Jenkins, Azure Pipelines): one <c>testsuite</c> per file, one
/// <c>testcase</c> per case, a <c>failure</c> listing the differences of a failed case. No timestamps or
/// durations: the same results give the same bytes on every machine (UTF-8, LF line ends).
/// </summary>
public static class PolicyTestJUnit
{
    /// <summary>The name of the root <c>testsuites</c> element.</summary>
    public const string ReportName = "incident-policy test";

    /// <summary>Writes the results of one or more files.</summary>
    /// <param name="results">The results, in the order to list them.</param>
    /// <returns>The XML document, with a final line end.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="results"/> is <see langword="null"/>.</exception>
    public static string Write(IEnumerable<PolicyTestSuiteResult> results)
    {
        ArgumentNullException.ThrowIfNull(results);
        var list = results.ToList();
        var settings = new XmlWriterSettings
        {
            Encoding = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false),
            Indent = true,
            IndentChars = "  ",
            NewLineChars = "\n",
            NewLineHandling = NewLineHandling.Entitize,
        };
        using var buffer = new MemoryStream();
        using (var xml = XmlWriter.Create(buffer, settings))
        {
            xml.WriteStartDocument();
            xml.WriteStartElement("testsuites");
            xml.WriteAttributeString("name", ReportName);
            WriteCounts(xml, list.Sum(r => r.Cases.Length), list.Sum(r => r.Failed));
            foreach (var result in list)
            {
                var name = result.Suite.Source ?? "policy tests";
                xml.WriteStartElement("testsuite");
                xml.WriteAttributeString("name", name);
                WriteCounts(xml, result.Cases.Length, result.Failed);
                foreach (var testCase in result.Cases)
                {
                    xml.WriteStartElement("testcase");
                    xml.WriteAttributeString("classname", name);
                    xml.WriteAttributeString("name", testCase.Case.Name);
                    if (!testCase.Passed)
                    {
                        xml.WriteStartElement("failure");
                        xml.WriteAttributeString("message", testCase.Differences.Length == 1
                            ? testCase.Differences[0].ToString()
                            : string.Create(CultureInfo.InvariantCulture, $"{testCase.Differences.Length} expectations not met"));
                        xml.WriteAttributeString("type", "PolicyTestFailure");
                        xml.WriteString(string.Join("\n", testCase.Differences.Select(d => $"{d}  ({d.Location})")));
                        xml.WriteEndElement();
                    }

                    xml.WriteEndElement();
                }

                xml.WriteEndElement();
            }

            xml.WriteEndElement();
            xml.WriteEndDocument();
        }

        return Encoding.UTF8.GetString(buffer.ToArray()) + "\n";
    }

    private static void WriteCounts(XmlWriter xml, int tests, int failures)
    {
        xml.WriteAttributeString("tests", tests.ToString(CultureInfo.InvariantCulture));
        xml.WriteAttributeString("failures", failures.ToString(CultureInfo.InvariantCulture));
        xml.WriteAttributeString("errors", "0");
        xml.WriteAttributeString("skipped", "0");
    }
}
