using FsCheck;
using FsCheck.Fluent;
using IncidentPolicy.Model.Events;
using IncidentPolicy.Serialization;
using IncidentPolicy.Tests.Properties.Generators;
using Xunit;

namespace IncidentPolicy.Tests.Properties;

/// <summary>
/// Property 11, the wire format: policies, incident records and results written as JSON read back as
/// what was written (docs/wire-format.md: the incident record, the evaluation result and the policy document).
/// </summary>
public sealed class RoundTripProperties
{
    [Invariant]
    public Property A_policy_written_as_JSON_reads_back_equal() => Prop.ForAll(Arb.From(PolicyVariants.Changed, p => p.Shrink()), generated =>
    {
        var json = PolicyJson.Write(generated.Policy);

        var read = PolicyJson.Read(json);

        Assert.Equal(generated.Policy, read);
        Assert.Equal(json, PolicyJson.Write(read));
        Assert.Equal(generated.Policy, PolicyJson.ReadOverride(json));
    });

    [Invariant]
    public Property An_incident_record_written_as_JSON_reads_back_equal() =>
        Prop.ForAll(Arb.From(IncidentRecords.Of(RecordShape.Any), IncidentRecords.Shrink), record =>
        {
            var json = IncidentJson.WriteIncident(record);

            var read = IncidentJson.ReadIncident(json);

            Assert.Equal((record.Id, record.Title, record.DetectedAt, record.Impact), (read.Id, read.Title, read.DetectedAt, read.Impact));
            Assert.Equal<IncidentEvent>(record.Events, read.Events);
            Assert.Equal(json, IncidentJson.WriteIncident(read));
        });

    [Invariant]
    public Property An_evaluation_written_as_JSON_reads_back_equal() => Prop.ForAll(Scenarios.Of(RecordShape.Any), s =>
    {
        var result = s.Evaluate(s.At);
        var json = IncidentJson.WriteEvaluation(result);

        var read = IncidentJson.ReadEvaluation(json, s.Engine);

        Assert.Equal(Support.Render.WithoutEvaluatedAt(result), Support.Render.WithoutEvaluatedAt(read));
        Assert.Equal(result.EvaluatedAt, read.EvaluatedAt);
        Assert.Equal(json, IncidentJson.WriteEvaluation(read));
    });
}
