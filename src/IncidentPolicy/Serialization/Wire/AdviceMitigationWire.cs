namespace IncidentPolicy.Serialization.Wire;

/// <summary>A mitigation advised: when to use it, how, and its risk.</summary>
internal sealed record AdviceMitigationWire(string Key, string Title, string WhenToUse, string How, string Risk);
