using NRules.RuleModel;

namespace IncidentPolicy.Rules;

/// <summary>Helpers for rule actions over immutable facts.</summary>
internal static class ContextExtensions
{
    /// <summary>Replaces an immutable fact by its successor: facts are never mutated in place.</summary>
    public static void Replace(this IContext context, object current, object next)
    {
        context.Retract(current);
        context.Insert(next);
    }
}
