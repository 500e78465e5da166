namespace IncidentPolicy.Tests.Documents;

/// <summary>Runbooks for the rule tests: a clean one and its parts, so each test changes one thing.</summary>
internal static class RunbookText
{
    public const string Head = """
        # Runbook: Orders errors

        Last verified: 2026-03-01

        ## When to Use
        The orders error-rate alert fires.

        ## Prerequisites
        - Cluster access.

        ## Steps

        """;

    public const string CheckStep = """
        ### 1. Check the error rate
        ```bash
        curl -s http://prom/api
        ```
        **Expected**: above 0.01.

        """;

    public const string RestartStep = """
        ### 2. Restart
        ```bash
        kubectl -n orders rollout restart deployment/orders
        ```
        **Expected**: `restarted`.

        **Rollback**: nothing to undo.

        """;

    public const string VerifyStep = """
        ### 3. Verify the error rate
        ```bash
        curl -s http://prom/api
        ```
        Expected output: below 0.01.

        """;

    public const string EscalationStep = """
        ### 4. Escalation
        Page @orders-lead in #orders-incidents.
        """;

    public static string Clean => Head + CheckStep + RestartStep + VerifyStep + EscalationStep;

    /// <summary>The text with every occurrence of <paramref name="from"/> replaced (ordinal).</summary>
    public static string Swap(this string text, string from, string to) => text.Replace(from, to, System.StringComparison.Ordinal);

    public static string WithSteps(params string[] steps) => Head + string.Concat(steps) + EscalationStep;
}
