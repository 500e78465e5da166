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
    /// <exception cref="InvalidPolicyException">The document or the resulting policy has problems, or the document is over a limit of <see cref="PolicyReadOptions.Default"/>; all are listed.</exception>
    public static ResponsePolicy ReadOverride(string json, ResponsePolicy? basePolicy = null, string? source = null) =>
        ReadOverride(json, basePolicy, source, null);

    /// <summary>Reads a policy document as <see cref="ReadOverride(string, ResponsePolicy?, string?)"/> does, within the limits of <paramref name="options"/>.</summary>
    /// <param name="json">The document.</param>
    /// <param name="basePolicy">The policy it changes; <see langword="null"/> for <see cref="ResponsePolicy.Default"/>.</param>
    /// <param name="source">A file name or other label for error messages.</param>
    /// <param name="options">The limits (docs/limits.md); <see langword="null"/> for <see cref="PolicyReadOptions.Default"/>.</param>
    /// <returns>The resulting policy.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="json"/> is <see langword="null"/>.</exception>
    /// <exception cref="InvalidPolicyException">The document or the resulting policy has problems, or the document is over a limit; all are listed.</exception>
    public static ResponsePolicy ReadOverride(string json, ResponsePolicy? basePolicy, string? source, PolicyReadOptions? options) =>
        (basePolicy ?? ResponsePolicy.Default).ToBuilder().ApplyJson(json, source, options).Build();

    /// <summary>
    /// Reads a policy document from the rest of a stream of UTF-8 text (a byte order mark is allowed; a byte that is not
    /// UTF-8 is a problem at its line and position), as <see cref="ReadOverride(string, ResponsePolicy?, string?)"/> does.
    /// The stream is read no further than <see cref="DocumentReadOptions.MaxDocumentBytes"/> and is not closed.
    /// </summary>
    /// <param name="utf8Json">The document as UTF-8 JSON.</param>
    /// <param name="basePolicy">The policy it changes; <see langword="null"/> for <see cref="ResponsePolicy.Default"/>.</param>
    /// <param name="source">A file name or other label for error messages.</param>
    /// <param name="options">The limits (docs/limits.md); <see langword="null"/> for <see cref="PolicyReadOptions.Default"/>.</param>
    /// <returns>The resulting policy.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="utf8Json"/> is <see langword="null"/>.</exception>
    /// <exception cref="InvalidPolicyException">The document or the resulting policy has problems, or the document is over a limit; all are listed.</exception>
    /// <exception cref="IOException">The stream could not be read.</exception>
    public static ResponsePolicy ReadOverride(Stream utf8Json, ResponsePolicy? basePolicy = null, string? source = null, PolicyReadOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(utf8Json);
        options ??= PolicyReadOptions.Default;
        var (bytes, more) = JsonInput.ReadAll(utf8Json, options.MaxDocumentBytes);
        var builder = (basePolicy ?? ResponsePolicy.Default).ToBuilder();
        builder.AddSource(source);
        var values = new JsonValueReader();
        using (var document = JsonInput.Parse(bytes, PolicyDocumentReader.DocumentExpected, values, options.Limits, more))
        {
            Apply(builder, values, values.Root(document, PolicyDocumentReader.DocumentExpected), document?.RootElement);
        }

        return builder.Build();
    }

    /// <summary>
    /// Reads a whole policy, written from scratch, whatever its <c>extends</c> says (as
    /// <see cref="ResponsePolicyBuilder.CreateEmpty"/>): every level's rank, response time and cadence, and
    /// every matrix cell, are required.
    /// </summary>
    /// <param name="json">The policy document.</param>
    /// <param name="source">A file name or other label for error messages.</param>
    /// <returns>The policy.</returns>
    /// <exception cref="InvalidPolicyException">The document or the policy has problems, or the document is over a limit of <see cref="PolicyReadOptions.Default"/>; all are listed.</exception>
    public static ResponsePolicy Read(string json, string? source = null) => Read(json, source, null);

    /// <summary>Reads a whole policy as <see cref="Read(string, string?)"/> does, within the limits of <paramref name="options"/>.</summary>
    /// <param name="json">The policy document.</param>
    /// <param name="source">A file name or other label for error messages.</param>
    /// <param name="options">The limits (docs/limits.md); <see langword="null"/> for <see cref="PolicyReadOptions.Default"/>.</param>
    /// <returns>The policy.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="json"/> is <see langword="null"/>.</exception>
    /// <exception cref="InvalidPolicyException">The document or the policy has problems, or the document is over a limit; all are listed.</exception>
    public static ResponsePolicy Read(string json, string? source, PolicyReadOptions? options) =>
        ResponsePolicyBuilder.CreateEmpty().ApplyJson(json, source, options).Build();

    /// <summary>
    /// Writes a whole policy, every key, starting with <c>"extends": "none"</c>; reading the text back
    /// (<see cref="Read(string, string?)"/>, <see cref="ReadOverride(string, ResponsePolicy?, string?)"/>, <c>--policy</c>) gives an equal policy (custom rules are
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
    public static ResponsePolicyBuilder ApplyJson(this ResponsePolicyBuilder builder, string json, string? source = null) => ApplyJson(builder, json, source, null);

    /// <summary>Applies a policy document (whole or partial) onto the builder as <see cref="ApplyJson(ResponsePolicyBuilder, string, string?)"/> does, within the limits of <paramref name="options"/>.</summary>
    /// <param name="builder">The builder.</param>
    /// <param name="json">The document.</param>
    /// <param name="source">A file name or other label for error messages.</param>
    /// <param name="options">The limits (docs/limits.md); <see langword="null"/> for <see cref="PolicyReadOptions.Default"/>. A document over one is a problem reported by <see cref="ResponsePolicyBuilder.Build"/>.</param>
    /// <returns>The builder.</returns>
    public static ResponsePolicyBuilder ApplyJson(this ResponsePolicyBuilder builder, string json, string? source, PolicyReadOptions? options)
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentNullException.ThrowIfNull(json);
        builder.AddSource(source);
        var values = new JsonValueReader();
        using (var document = JsonInput.Parse(json, PolicyDocumentReader.DocumentExpected, values, (options ?? PolicyReadOptions.Default).Limits))
        {
            Apply(builder, values, values.Root(document, PolicyDocumentReader.DocumentExpected), document?.RootElement);
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
        Apply(builder, values, values.Object(document, ProblemLocation.Root, PolicyDocumentReader.DocumentExpected), document);
        return builder;
    }

    /// <summary>Reads a policy document from a file as <see cref="ReadOverride(string, ResponsePolicy?, string?)"/> does (an override, or a whole policy with <c>"extends": "none"</c>); the file name appears in error messages.</summary>
    /// <param name="path">The file.</param>
    /// <param name="basePolicy">The policy it changes; <see langword="null"/> for <see cref="ResponsePolicy.Default"/>.</param>
    /// <returns>The resulting policy.</returns>
    /// <exception cref="InvalidPolicyException">The document or the resulting policy has problems.</exception>
    /// <exception cref="IOException">The file cannot be read.</exception>
    public static ResponsePolicy ReadOverrideFile(string path, ResponsePolicy? basePolicy = null)
    {
        using var file = File.OpenRead(path);
        return ReadOverride(file, basePolicy, Path.GetFileName(path));
    }

    private static void Apply(ResponsePolicyBuilder builder, JsonValueReader values, JsonObjectReader? document, JsonElement? root)
    {
        if (document is not null)
        {
            new PolicyDocumentReader(builder, values).Apply(document);
        }

        // In the document's order, as an incident record's are; the checks of the policy built from it come after them.
        foreach (var problem in root is { } element ? DocumentOrder.Sort(values.Problems, element) : values.Problems)
        {
            builder.AddInputProblem(problem);
        }
    }
}
