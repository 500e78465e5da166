using System.Text.Json.Serialization;

namespace IncidentPolicy.Serialization.Wire;

/// <summary>
/// An event of an incident record on the wire: <c>type</c> first, then <c>at</c>, then the fields of its type.
/// Each subtype declares <c>at</c> itself: the serializer writes a subtype's own properties before those it inherits.
/// </summary>
[JsonPolymorphic(TypeDiscriminatorPropertyName = "type")]
[JsonDerivedType(typeof(SeverityAssignedWire), "severityAssigned")]
[JsonDerivedType(typeof(AcknowledgedWire), "acknowledged")]
[JsonDerivedType(typeof(RoleAssignedWire), "roleAssigned")]
[JsonDerivedType(typeof(StatusUpdatePostedWire), "statusUpdatePosted")]
[JsonDerivedType(typeof(ImpactReassessedWire), "impactReassessed")]
[JsonDerivedType(typeof(MitigationAppliedWire), "mitigationApplied")]
[JsonDerivedType(typeof(ResolvedWire), "resolved")]
[JsonDerivedType(typeof(ReviewCompletedWire), "reviewCompleted")]
[JsonDerivedType(typeof(CauseIdentifiedWire), "causeIdentified")]
[JsonDerivedType(typeof(ChannelOpenedWire), "channelOpened")]
[JsonDerivedType(typeof(InvestigationStepWire), "investigationStep")]
[JsonDerivedType(typeof(ObservationWire), "observation")]
[JsonDerivedType(typeof(ReviewScheduledWire), "reviewScheduled")]
[JsonDerivedType(typeof(ActionItemCreatedWire), "actionItemCreated")]
internal abstract record IncidentEventWire;
