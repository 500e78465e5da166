using System;
using System.IO;
using System.Linq;
using System.Text.Json;
using IncidentPolicy.Tests.Support;
using Xunit;

namespace IncidentPolicy.Tests.Serialization.SchemaExport;

/// <summary>
/// The files of schemas/ are the export of the wire types the library writes with: a change to a wire type
/// or to the export shows up as a difference here. INCIDENTPOLICY_UPDATE_SCHEMAS=1 rewrites the files.
/// </summary>
public sealed class SchemaExportTests
{
    private const string UpdateVariable = "INCIDENTPOLICY_UPDATE_SCHEMAS";

    public static TheoryData<string> Files => [.. WireSchemaDocuments.All.Select(d => d.FileName)];

    [Theory]
    [MemberData(nameof(Files))]
    public void The_checked_in_schema_is_the_export_of_the_wire_types(string file)
    {
        var exported = WireSchemaExporter.Export(WireSchemaDocuments.All.Single(d => d.FileName == file));
        var path = Repository.PathOf("schemas", file);
        if (Environment.GetEnvironmentVariable(UpdateVariable) == "1")
        {
            File.WriteAllText(path, exported);
        }

        var checkedIn = File.Exists(path) ? File.ReadAllText(path) : string.Empty;
        Assert.True(
            checkedIn == exported,
            $"schemas/{file} is not the export of the wire types. Regenerate it with "
            + $"{UpdateVariable}=1 dotnet test tests/IncidentPolicy.Tests --filter \"FullyQualifiedName~SchemaExportTests\", then review the difference.");
    }

    [Fact]
    public void Every_annotation_of_the_export_names_a_property_of_its_wire_type()
    {
        var unknown = WireSchemaAnnotations.AnnotatedProperties
            .Where(p => !p.Type.GetProperties().Any(property => JsonNamingPolicy.CamelCase.ConvertName(property.Name) == p.Name))
            .Select(p => $"{p.Type.Name}.{p.Name}");

        Assert.Empty(unknown);
    }

    [Fact]
    public void Every_file_in_schemas_is_exported()
    {
        var files = Directory.GetFiles(Repository.PathOf("schemas")).Select(f => Path.GetFileName(f)).Order(StringComparer.Ordinal);

        Assert.Equal(WireSchemaDocuments.All.Select(d => d.FileName).Order(StringComparer.Ordinal), files);
    }
}
