using System;
using IncidentPolicy.Evaluation;
using IncidentPolicy.Rules;

namespace IncidentPolicy.Documents;

/// <summary>A finding of a document rule: the rule, its configured severity, where in the document, what is wrong, and whether a comment in the document suppresses it.</summary>
/// <param name="Descriptor">The rule (one of <see cref="DocumentRules.All"/>).</param>
/// <param name="Severity">The rule's severity in force.</param>
/// <param name="Position">Where, in the document (1-based line and column).</param>
/// <param name="Message">What is wrong.</param>
/// <param name="IsSuppressed">Whether an <c>incident-policy disable</c> comment of the document suppresses it.</param>
public sealed record DocumentFinding(RuleDescriptor Descriptor, DiagnosticSeverity Severity, SourcePosition Position, string Message, bool IsSuppressed)
{
    /// <summary>The rule's ID, e.g. <c>IRP8004</c>.</summary>
    public string Id => Descriptor.Id;

    /// <inheritdoc />
    public override string ToString() => FormattableString.Invariant($"{Position.Line}:{Position.Column}: {Severity} {Id}: {Message}");
}
