using System;
using System.IO;

namespace IncidentPolicy.Testing;

/// <summary>
/// Reads policy test files (docs/policy-tests.md, schemas/policy-test.schema.json) in the dialect of every
/// document: the file is checked whole, with the policy and the incident records it names, and refused with every
/// problem at once, each at its JSON path in the file.
/// </summary>
/// <example>
/// <code>
/// var suite = PolicyTestFile.ReadFile("policy-tests/berlin.policytest.json");
/// var result = PolicyTestRunner.Run(suite);
/// if (result.Failed > 0) throw new InvalidOperationException(PolicyTestText.Write([result]));
/// </code>
/// </example>
public static class PolicyTestFile
{
    /// <summary>The file name ending that marks a policy test file in a folder: <c>.policytest.json</c>.</summary>
    public const string Suffix = ".policytest.json";

    /// <summary>Reads a policy test file from its text.</summary>
    /// <param name="json">The file's text.</param>
    /// <param name="directory">The folder the <c>policy</c> and <c>incident</c> paths are relative to; <see langword="null"/> when the file has no folder (a path in it is then a problem).</param>
    /// <param name="source">The file's name or other label, for messages and results; <see langword="null"/> for none.</param>
    /// <returns>The suite: the policy and the cases, ready to run.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="json"/> is <see langword="null"/>.</exception>
    /// <exception cref="InvalidPolicyTestException">The file, or a policy or record it names, has problems; every one is listed.</exception>
    public static PolicyTestSuite Read(string json, string? directory = null, string? source = null)
    {
        ArgumentNullException.ThrowIfNull(json);
        return new PolicyTestReader(directory, source).Read(json);
    }

    /// <summary>Reads a policy test file; its <c>policy</c> and <c>incident</c> paths are relative to its folder.</summary>
    /// <param name="path">The file.</param>
    /// <param name="source">The label for messages and results; <see langword="null"/> for <paramref name="path"/> itself.</param>
    /// <returns>The suite.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="path"/> is <see langword="null"/>.</exception>
    /// <exception cref="InvalidPolicyTestException">The file, or a policy or record it names, has problems; every one is listed.</exception>
    /// <exception cref="IOException">The file cannot be read.</exception>
    public static PolicyTestSuite ReadFile(string path, string? source = null)
    {
        ArgumentNullException.ThrowIfNull(path);
        var full = Path.GetFullPath(path);
        return Read(File.ReadAllText(full), Path.GetDirectoryName(full), source ?? path);
    }
}
