using System;
using System.Linq.Expressions;
using FastExpressionCompiler;
using NRules.Extensibility;

namespace IncidentPolicy.Evaluation;

/// <summary>
/// Compiles the rules' conditions and actions with FastExpressionCompiler instead of
/// <c>Expression.Compile</c> (NRules issue #254), so building an engine is several times faster; the
/// measured figures are in docs/performance.md.
/// </summary>
internal sealed class FastExpressionCompilerAdapter : IExpressionCompiler
{
    public static FastExpressionCompilerAdapter Instance { get; } = new();

    public TDelegate Compile<TDelegate>(Expression<TDelegate> expression)
        where TDelegate : Delegate => expression.CompileFast();
}
