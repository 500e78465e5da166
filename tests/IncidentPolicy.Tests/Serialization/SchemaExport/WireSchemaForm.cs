namespace IncidentPolicy.Tests.Serialization.SchemaExport;

/// <summary>How a document's schema constrains what the wire types alone say.</summary>
internal enum WireSchemaForm
{
    /// <summary>A document the library writes: every key it always writes is required; other keys are allowed.</summary>
    Written,

    /// <summary>
    /// A document the library reads leniently (the incident record): only the keys of
    /// <see cref="WireSchemaDocument.Required"/> are required, an optional key may be <c>null</c>, other keys are allowed.
    /// </summary>
    ReadLeniently,

    /// <summary>The policy document: whole or a partial override, every key optional, no key beyond those the wire types name.</summary>
    PolicyOverride,
}
