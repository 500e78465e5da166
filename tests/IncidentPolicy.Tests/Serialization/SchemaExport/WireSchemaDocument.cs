using System;
using System.Collections.Generic;

namespace IncidentPolicy.Tests.Serialization.SchemaExport;

/// <summary>One file of schemas/: the wire type it is exported from and what the export adds.</summary>
/// <param name="FileName">The file in schemas/, e.g. <c>incident.schema.json</c>.</param>
/// <param name="Root">The wire type of the whole document.</param>
/// <param name="Title">The schema's title.</param>
/// <param name="Description">The schema's description.</param>
/// <param name="Form">How the export is constrained beyond the wire types.</param>
/// <param name="Required">For <see cref="WireSchemaForm.ReadStrictly"/>: the required keys of each wire type (by JSON name).</param>
internal sealed record WireSchemaDocument(
    string FileName,
    Type Root,
    string Title,
    string Description,
    WireSchemaForm Form,
    IReadOnlyDictionary<Type, string[]>? Required = null);
