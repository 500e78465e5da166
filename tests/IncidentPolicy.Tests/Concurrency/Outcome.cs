using System;
using IncidentPolicy.Validation;

namespace IncidentPolicy.Tests.Concurrency;

/// <summary>
/// The text of a piece of work's result, or of the input problem it reported: a record the policy refuses (a level it
/// does not have) must be refused the same way on every thread.
/// </summary>
internal static class Outcome
{
    public static string Of(Func<string> work)
    {
        try
        {
            return work();
        }
        catch (InvalidInputException e)
        {
            return $"refused: {e.GetType().Name}: {e.Message}";
        }
    }
}
