namespace IncidentPolicy.Tests.Fuzzing;

/// <summary>One generated input: its seed (which regenerates it), the mutations applied, and the bytes.</summary>
internal sealed record FuzzCase(int Seed, string Mutations, byte[] Input);
