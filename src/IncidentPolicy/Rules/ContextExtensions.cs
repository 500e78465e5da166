using IncidentPolicy.Rules.Facts;
using NRules.RuleModel;

namespace IncidentPolicy.Rules;

/// <summary>Helpers for rule actions over immutable facts.</summary>
internal static class ContextExtensions
{
    /// <summary>
    /// Replaces an immutable fact by its successor: facts are never mutated in place. A successor of the same
    /// <see cref="ISingletonFact"/> type is the same fact to the session, so it is updated (one propagation); any other
    /// replacement is a retract and an insert.
    /// </summary>
    public static void Replace(this IContext context, object current, object next)
    {
        if (current is ISingletonFact && current.GetType() == next.GetType())
        {
            context.Update(next);
            return;
        }

        context.Retract(current);
        context.Insert(next);
    }
}
