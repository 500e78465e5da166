using System;
using System.Collections.Generic;
using IncidentPolicy.Checklist;
using IncidentPolicy.Communications;
using IncidentPolicy.Evaluation;
using IncidentPolicy.Serialization.Wire;

namespace IncidentPolicy.Testing;

/// <summary>What a case's expectations are compared with: the evaluation, and the checklist and messages at the same instant, each computed once and only when asked for.</summary>
internal sealed class CaseOutcome(PolicyTestCase testCase, PolicyEvaluation evaluation, Func<ChecklistEngine> checklist, MessageComposer composer)
{
    private readonly Dictionary<(MessageKind, MessageFormat), ComposedMessage> _messages = [];
    private EvaluationWire? _wire;
    private ChecklistReport? _checklist;

    public PolicyEvaluation Evaluation { get; } = evaluation;

    /// <summary>The evaluation as the result is written: levels by name, enum values by their wire names.</summary>
    public EvaluationWire Wire => _wire ??= EvaluationWireMapper.ToWire(Evaluation);

    public ChecklistReport Checklist => _checklist ??= checklist().Report(testCase.Incident, testCase.At);

    public ComposedMessage Message(MessageKind kind, MessageFormat format)
    {
        if (!_messages.TryGetValue((kind, format), out var message))
        {
            message = composer.Compose(testCase.Incident, Evaluation, kind, format);
            _messages[(kind, format)] = message;
        }

        return message;
    }
}
