using System.Collections.Generic;
using System.Text.Json.Serialization;

namespace IncidentPolicy.Serialization.Wire;

/// <summary>
/// The settings of the document rules on the wire (<c>documents</c> of a policy document): the runbook layout,
/// the whole list of changing commands (as <c>changingCommandsReplace</c>, so the document reads back the same)
/// the runbook's maximum age and the review layout (when not the default). Written only when they differ from the defaults.
/// </summary>
internal sealed record DocumentsWire(
    RunbookLayoutWire Runbook,
    IReadOnlyList<string> ChangingCommandsReplace,
    string RunbookMaxAge,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] ReviewLayoutWire? Review = null);
