using System;
using System.IO;
using System.Text.Json;
using IncidentPolicy.Policy;
using IncidentPolicy.Serialization.Wire;
using IncidentPolicy.Validation;

namespace IncidentPolicy.Serialization;

/// <summary>
/// Policy documents in JSON (docs/configuration.md): a partial override of a policy, or, with
/// <c>"extends": "none"</c>, a whole policy that inherits nothing (<c>extends</c>, <c>severities</c>,
/// <c>classification</c>, <c>recipients</c>, <c>businessCalendar</c>, <c>rules</c>, <c>categories</c>,
/// <c>allRules</c>; durations ISO-8601, response time <c>nextBusinessDay</c>). Reading never yields a half-built policy: one
/// <see cref="InvalidPolicyException"/> lists every problem with its place (a JSON path) and the offending value.
/// </summary>
public static class PolicyJson
{
    /// <summary>
    /// Reads a policy document as <c>--policy</c> and configuration do: a partial override applied onto
    /// <paramref name="basePolicy"/> (the default policy when omitted), or, when the document says
    /// <c>"extends": "none"</c>, a whole policy that inherits nothing from it.
    /// </summary>
    /// <param name="json">The document.</param>
    /// <param name="basePolicy">The policy it changes; <see langword="null"/> for <see cref="ResponsePolicy.Default"/>.</param>
    /// <param name="source">A file name or other label for error messages.</param>
    /// <returns>The resulting policy.</returns>
    /// <exception cref="InvalidPolicyException">The document or the resulting policy has problems; all are listed.</exception>
    public static ResponsePolicy ReadOverride(string json, ResponsePolicy? basePolicy = null, string? source = null) =>
        (basePolicy ?? ResponsePolicy.Default).ToBuilder().ApplyJson(json, source).Build();

    /// <summary>
    /// Reads a whole policy, written from scratch, whatever its <c>extends</c> says (as
    /// <see cref="ResponsePolicyBuilder.CreateEmpty"/>): every level's rank, response time and cadence, and
    /// every matrix cell, are required.
    /// </summary>
    /// <param name="json">The policy document.</param>
    /// <param name="source">A file name or other label for error messages.</param>
    /// <returns>The policy.</returns>
    /// <exception cref="InvalidPolicyException">The document or the policy has problems; all are listed.</exception>
    public static ResponsePolicy Read(string json, string? source = null) =>
        ResponsePolicyBuilder.CreateEmpty().ApplyJson(json, source).Build();

    /// <summary>
    /// Writes a whole policy, every key, starting with <c>"extends": "none"</c>; reading the text back
    /// (<see cref="Read"/>, <see cref="ReadOverride"/>, <c>--policy</c>) gives an equal policy (custom rules are
    /// code: they are not written).
    /// </summary>
    /// <param name="policy">The policy.</param>
    /// <param name="indented">Whether to indent (two spaces, LF newlines).</param>
    /// <returns>The document.</returns>
    public static string Write(ResponsePolicy policy, bool indented = true)
    {
        ArgumentNullException.ThrowIfNull(policy);
        return WireJson.Write(PolicyWireMapper.ToWire(policy), indented);
    }

    /// <summary>
    /// Applies a policy document (whole or partial) onto the builder, in the dialect of every document
    /// (docs/json-dialect.md: comments and trailing commas allowed, a duplicate key is a problem); problems
    /// are reported by <see cref="ResponsePolicyBuilder.Build"/>.
    /// </summary>
    /// <param name="builder">The builder.</param>
    /// <param name="json">The document.</param>
    /// <param name="source">A file name or other label for error messages.</param>
    /// <returns>The builder.</returns>
    public static ResponsePolicyBuilder ApplyJson(this ResponsePolicyBuilder builder, string json, string? source = null)
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentNullException.ThrowIfNull(json);
        builder.AddSource(source);
        var values = new JsonValueReader();
        using (var document = JsonInput.Parse(json, PolicyDocumentReader.DocumentExpected, values))
        {
            Apply(builder, values, values.Root(document, PolicyDocumentReader.DocumentExpected));
        }

        return builder;
    }

    /// <summary>Applies a policy document given as a parsed JSON element (e.g. converted from a configuration section).</summary>
    /// <param name="builder">The builder.</param>
    /// <param name="document">The document's root.</param>
    /// <param name="source">A label for error messages.</param>
    /// <returns>The builder.</returns>
    public static ResponsePolicyBuilder ApplyJson(this ResponsePolicyBuilder builder, JsonElement document, string? source = null)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.AddSource(source);
        var values = new JsonValueReader();
        Apply(builder, values, values.Object(document, ProblemLocation.Root, PolicyDocumentReader.DocumentExpected));
        return builder;
    }

    /// <summary>Reads a policy document from a file as <see cref="ReadOverride"/> does (an override, or a whole policy with <c>"extends": "none"</c>); the file name appears in error messages.</summary>
    /// <param name="path">The file.</param>
    /// <param name="basePolicy">The policy it changes; <see langword="null"/> for <see cref="ResponsePolicy.Default"/>.</param>
    /// <returns>The resulting policy.</returns>
    /// <exception cref="InvalidPolicyException">The document or the resulting policy has problems.</exception>
    /// <exception cref="IOException">The file cannot be read.</exception>
    public static ResponsePolicy ReadOverrideFile(string path, ResponsePolicy? basePolicy = null) =>
        ReadOverride(File.ReadAllText(path), basePolicy, Path.GetFileName(path));

    private static void Apply(ResponsePolicyBuilder builder, JsonValueReader values, JsonObjectReader? document)
    {
        if (document is not null)
        {
            new PolicyDocumentReader(builder, values).Apply(document);
        }

        foreach (var problem in values.Problems)
        {
            builder.AddInputProblem(problem);
        }
    }
}
