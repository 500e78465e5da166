using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Text;
using IncidentPolicy.Model;
using IncidentPolicy.Model.Events;
using NodaTime;

namespace IncidentPolicy.Reviews;

/// <summary>
/// The people an incident record names (who acknowledged, who assigned a severity, who took a role) and
/// how a review speaks of them: by the role title they held ("the incident commander"), or "a responder"
/// for someone who held none. <see cref="Redact"/> replaces the people in free text copied from the
/// record (reasons, actions, messages), and every <c>@handle</c>, with those titles.
/// </summary>
internal sealed class RecordPeople
{
    /// <summary>How a review speaks of a person who held no role.</summary>
    public const string Responder = "a responder";

    private readonly ImmutableArray<RoleAssigned> assignments;

    private RecordPeople(ImmutableArray<string> names, ImmutableArray<RoleAssigned> assignments)
    {
        Names = names;
        this.assignments = assignments;
    }

    /// <summary>The names of the people in the record, trimmed, in every spelling the record uses, longest first (so "Bob Smith" is found before "Bob").</summary>
    public ImmutableArray<string> Names { get; }

    /// <summary>The people of <paramref name="incident"/>.</summary>
    public static RecordPeople Of(IncidentRecord incident)
    {
        // Every spelling the record uses ("carol" and "Carol"): each is also found exactly as written.
        var names = new HashSet<string>(StringComparer.Ordinal);
        foreach (var happened in incident.Events)
        {
            var name = happened switch
            {
                Acknowledged a => a.By,
                SeverityAssigned s => s.By,
                RoleAssigned r => r.Person,
                _ => null,
            };
            if (name?.Trim() is { Length: > 0 } trimmed)
            {
                names.Add(trimmed);
            }
        }

        return new RecordPeople(
            [.. names.OrderByDescending(n => n.Length).ThenBy(n => n, StringComparer.Ordinal)],
            [.. incident.Events.OfType<RoleAssigned>().OrderBy(r => r.At)]);
    }

    /// <summary>The role title of a role, e.g. "the incident commander".</summary>
    public static string Title(IncidentRole role) => role switch
    {
        IncidentRole.IncidentCommander => "the incident commander",
        IncidentRole.TechnicalLead => "the technical lead",
        IncidentRole.CommunicationsLead => "the communications lead",
        _ => "the scribe",
    };

    /// <summary>
    /// How the review speaks of <paramref name="person"/> at <paramref name="at"/>: the title of the role
    /// they last took at or before then, else of the first role they took later, else "a responder".
    /// </summary>
    public string TitleOf(string? person, Instant at)
    {
        var name = person?.Trim();
        if (string.IsNullOrEmpty(name))
        {
            return Responder;
        }

        var theirs = assignments.Where(r => string.Equals(r.Person.Trim(), name, StringComparison.OrdinalIgnoreCase)).ToList();
        var role = theirs.LastOrDefault(r => r.At <= at) ?? theirs.FirstOrDefault();
        return role is null ? Responder : Title(role.Role);
    }

    /// <summary>
    /// <paramref name="text"/> with every person of the record and every <c>@handle</c> replaced by how the
    /// review speaks of them at <paramref name="at"/>. A name is found as a whole word where a review's
    /// blame check would find it (<see cref="PersonNames.Occurrences"/>) and also as the record spells it.
    /// </summary>
    public string Redact(string? text, Instant at)
    {
        if (string.IsNullOrEmpty(text))
        {
            return string.Empty;
        }

        var replacements = new List<(int Start, int Length, string With)>();
        foreach (var handle in PersonNames.Handles(text))
        {
            var named = Names.FirstOrDefault(n => string.Equals(n, handle.Name, StringComparison.OrdinalIgnoreCase));
            replacements.Add((handle.Start, handle.Length, named is null ? Responder : TitleOf(named, at)));
        }

        foreach (var name in Names)
        {
            foreach (var start in PersonNames.Occurrences(text, name, alsoExactly: true))
            {
                replacements.Add((start, name.Length, TitleOf(name, at)));
            }
        }

        if (replacements.Count == 0)
        {
            return text;
        }

        var result = new StringBuilder(text.Length);
        var position = 0;
        foreach (var (start, length, with) in replacements.OrderBy(r => r.Start).ThenByDescending(r => r.Length))
        {
            if (start < position)
            {
                continue; // inside a longer name already replaced
            }

            result.Append(text, position, start - position).Append(with);
            position = start + length;
        }

        return result.Append(text, position, text.Length - position).ToString();
    }
}
