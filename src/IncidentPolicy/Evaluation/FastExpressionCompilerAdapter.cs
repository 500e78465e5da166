using System;
using System.Linq.Expressions;
using FastExpressionCompiler;
using NRules.Extensibility;

namespace IncidentPolicy.Evaluation;

/// <summary>
/// Compiles the rules' conditions and actions with FastExpressionCompiler instead of
/// <c>Expression.Compile</c> (NRules issue #254): building an engine takes about 9 ms instead of 50 ms
/// in a warm process, and the first build in a process about 165 ms instead of 180 ms (docs/performance.md).
/// </summary>
internal sealed class FastExpressionCompilerAdapter : IExpressionCompiler
{
    public static FastExpressionCompilerAdapter Instance { get; } = new();

    public TDelegate Compile<TDelegate>(Expression<TDelegate> expression)
        where TDelegate : Delegate => expression.CompileFast();
}
