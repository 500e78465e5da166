namespace IncidentPolicy.Documents;

/// <summary>What a document rule found, before the analyzer gives it a severity and checks the suppressions.</summary>
/// <param name="Position">Where, in the document.</param>
/// <param name="Message">What is wrong, from the rule's message format.</param>
internal readonly record struct DocumentRuleFinding(SourcePosition Position, string Message);
