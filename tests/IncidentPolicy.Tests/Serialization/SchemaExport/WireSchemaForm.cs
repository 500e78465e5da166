namespace IncidentPolicy.Tests.Serialization.SchemaExport;

/// <summary>How a document's schema constrains what the wire types alone say.</summary>
internal enum WireSchemaForm
{
    /// <summary>A document the library writes: every key it always writes is required; other keys are allowed.</summary>
    Written,

    /// <summary>
    /// A document the library reads strictly (the incident record): only the keys of
    /// <see cref="WireSchemaDocument.Required"/> are required, an optional key may be <c>null</c>, and no key
    /// beyond those the wire types name is allowed, but for <c>by</c> and <c>note</c>, which every event may carry.
    /// </summary>
    ReadStrictly,

    /// <summary>The policy document: whole or a partial override, every key optional, no key beyond those the wire types name.</summary>
    PolicyOverride,
}
