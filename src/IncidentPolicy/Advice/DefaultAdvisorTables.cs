using System.Collections.Immutable;

namespace IncidentPolicy.Advice;

/// <summary>The procedure's tables: the investigation's five steps, its seven hypotheses and its ten mitigations.</summary>
internal static class DefaultAdvisorTables
{
    public static ImmutableArray<InvestigationStepAdvice> Steps { get; } =
    [
        new("dashboards", "Check dashboards", [
            "Error rate spikes (when exactly did they start?)",
            "Latency increases (gradual degradation or sudden jump?)",
            "Traffic anomalies (unexpected spike or drop?)",
            "Resource utilization (CPU, memory, disk, connections)"]),
        new("deploys", "Check recent deploys", [
            "Was anything deployed in the last 2 hours?",
            "Was there a configuration change (feature flags, environment variables)?",
            "Was there an infrastructure change (scaling, migration, certificate renewal)?"]),
        new("logs", "Examine logs", [
            "Error messages with stack traces",
            "Repeated error patterns (same error thousands of times)",
            "New error types that were not present before the incident",
            "Correlation between errors and the timeline"]),
        new("hypothesis", "Form a hypothesis", [
            "Rank the hypotheses by the signals observed",
            "Pick the best supported one and say how it will be tested"]),
        new("test", "Test the hypothesis", [
            "Run the hypothesis's test",
            "Record what it showed as an observation"]),
    ];

    public static ImmutableArray<HypothesisAdvice> Hypotheses { get; } =
    [
        new("badDeploy", "Bad deploy caused it", ["recentDeploy", "configChange", "infrastructureChange", "errorRateSpike"],
            "Compare error timeline with deploy timestamp. Roll back and observe.", ["rollback", "featureFlagToggle", "hotfix"]),
        new("databaseOverloaded", "Database is overloaded", ["resourceSaturation", "latencyIncrease"],
            "Check connection pool, slow query log, lock contention.", ["horizontalScaling", "trafficShedding", "databaseFailover"]),
        new("dependencyDown", "External dependency is down", ["dependencyFailing", "errorRateSpike"],
            "Check dependency status page, test connectivity, check timeout rates.", ["circuitBreaker"]),
        new("trafficSpike", "Traffic spike overwhelmed the service", ["trafficAnomaly", "resourceSaturation"],
            "Check request rate, compare to normal baseline, check auto-scaling.", ["horizontalScaling", "trafficShedding"]),
        new("dnsOrCertificate", "DNS or certificate issue", ["dnsOrCertificate"],
            "Test DNS resolution, check certificate expiry, verify SSL handshake.", ["dnsRedirect"]),
        new("memoryLeak", "Memory leak", ["memoryGrowth", "latencyIncrease"],
            "Check memory usage trend, look for OOM kills in system logs.", ["restart"]),
        new("dataCorruption", "Data corruption", ["dataInconsistency"],
            "Query for inconsistent data, check recent migration or backfill jobs.", ["rollback"],
            "Data corruption is a P0 incident: reassess the severity if the incident is below P0."),
    ];

    public static ImmutableArray<MitigationAdvice> Mitigations { get; } =
    [
        new("rollback", "Rollback", "Bad deploy identified", "Revert to previous known-good version via deployment pipeline",
            "May lose new features; verify database compatibility"),
        new("featureFlagToggle", "Feature flag toggle", "New feature causing issues", "Disable the flag in your feature management system",
            "Requires feature flags to be in place"),
        new("horizontalScaling", "Horizontal scaling", "Service overwhelmed by traffic", "Increase instance count via auto-scaler or manual scaling",
            "Increased cost; may not help if bottleneck is downstream"),
        new("cacheClear", "Cache clear", "Stale or corrupted cached data", "Flush application cache (Redis FLUSHDB, CDN purge)",
            "Temporary increase in origin load after flush", ["dataInconsistency"]),
        new("circuitBreaker", "Circuit breaker", "Failing dependency cascading", "Activate circuit breaker to fail fast instead of waiting",
            "Gracefully degraded experience for users"),
        new("trafficShedding", "Traffic shedding", "Total overload", "Rate limit or redirect traffic, enable maintenance page",
            "Users see errors or degraded service"),
        new("databaseFailover", "Database failover", "Primary database unresponsive", "Promote replica to primary (if configured)",
            "Brief downtime during promotion; verify replication lag"),
        new("dnsRedirect", "DNS redirect", "Entire region or provider down", "Update DNS to point to backup region or provider",
            "Propagation delay (use low TTL proactively)"),
        new("restart", "Restart", "Process stuck, memory leak", "Rolling restart of application instances",
            "Brief capacity reduction during restart"),
        new("hotfix", "Hotfix", "Small targeted code fix needed", "Fast-track a minimal change through deployment pipeline",
            "Bypasses normal review; must be reviewed post-incident"),
    ];
}
