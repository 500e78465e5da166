using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Reflection;
using System.Runtime.InteropServices;
using IncidentPolicy.Evaluation;
using IncidentPolicy.Model;
using NodaTime;
using NRules;

namespace IncidentPolicy.Benchmarks;

/// <summary>
/// <c>--counts</c>: what one operation of (a), (b), (c) and (d) costs, counted rather than timed, so that a change can
/// be judged on a machine shared with other builds: the bytes allocated on the thread (exact, whatever the load), the
/// thread's CPU time (user + system, from <c>getrusage(RUSAGE_THREAD)</c>: less disturbed by the load than wall time,
/// but still moved by cache misses and frequency), and what NRules did (facts inserted, updated and retracted, rules
/// fired, propagations; counted through the session's events in a separate pass, so they cost nothing in the measured
/// one). <c>--counts [repeats] [peers]</c>: the best CPU of that many repeats; <c>peers</c> adds RulesEngine's host's day.
/// The operations are those of the BenchmarkDotNet classes, on the same workload.
/// </summary>
public static class CostCounts
{
    private const int RusageThread = 1;

    public static int Run(string[] args)
    {
        if (args.Length > 0 && args[0] == "nodes")
        {
            return Nodes();
        }

        if (args.Length > 1 && args[0] == "loop")
        {
            return Loop(args[1], args.Length > 2 ? int.Parse(args[2], CultureInfo.InvariantCulture) : 20_000);
        }

        var repeat = args.Length > 0 && char.IsDigit(args[0][0]) ? int.Parse(args[0], CultureInfo.InvariantCulture) : 1;
        var rows = new List<(string Name, Func<int> Operation, int Iterations)>();

        var single = new SingleEvaluationBenchmarks();
        single.Setup();
        rows.Add(("(a) typical full evaluation", () => { single.Typical(); return 1; }, 2000));

        var oneMoment = new ResumeOneMomentBenchmarks();
        Quiet(oneMoment.Setup);
        rows.Add(("(b) resumed, one new moment", () => { oneMoment.ResumedInMemory(); return 1; }, 2000));

        foreach (var days in new[] { 1, 16 })
        {
            var p0 = new IgnoredP0Benchmarks { Days = days };
            Quiet(p0.Setup);
            rows.Add(($"(c) ignored P0, {days} d, resumed", () => { p0.ResumedInMemory(); return 1; }, 2000));
            if (days == 1)
            {
                rows.Add(($"(c) ignored P0, {days} d, full", () => { p0.Full(); return 1; }, 50));
            }
        }

        var hostDay = new HostDayBenchmarks();
        Quiet(hostDay.Setup);
        rows.Add(("(d) host's day resuming, per incident-day", () => { hostDay.EngineResuming(); return HostDayBenchmarks.Incidents; }, 3));
        if (args.Contains("peers"))
        {
            rows.Add(("(d) RulesEngine polled, per incident-day", () => { hostDay.RulesEnginePolledEachMinute(); return HostDayBenchmarks.Incidents; }, 3));
        }

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"load average: {LoadAverage()}"));
        Console.WriteLine("| Operation | Allocated | CPU (thread) | Facts in / upd / out | Propagations | Firings |");
        Console.WriteLine("|---|---:|---:|---:|---:|---:|");
        foreach (var (name, operation, iterations) in rows)
        {
            for (var i = 0; i < Math.Min(iterations, 200); i++)
            {
                operation();
            }

            var best = double.MaxValue;
            long bytes = 0;
            var ops = 0;
            for (var r = 0; r < repeat; r++)
            {
                GC.Collect();
                ops = 0;
                var before = GC.GetAllocatedBytesForCurrentThread();
                var cpu = ThreadCpu();
                for (var i = 0; i < iterations; i++)
                {
                    ops += operation();
                }

                var elapsed = ThreadCpu() - cpu;
                bytes = GC.GetAllocatedBytesForCurrentThread() - before;
                best = Math.Min(best, elapsed.TotalMicroseconds / ops);
            }

            var counts = Count(() =>
            {
                var n = 0;
                for (var i = 0; i < Math.Min(iterations, 100); i++)
                {
                    n += operation();
                }

                return n;
            });

            Console.WriteLine(string.Create(
                CultureInfo.InvariantCulture,
                $"| {name} | {bytes / (double)ops / 1024:F1} KB | {best:F1} µs | {counts.Inserted:F1} / {counts.Updated:F1} / {counts.Retracted:F1} | {counts.Propagations:F1} | {counts.Fired:F1} |"));
        }

        return 0;
    }

    /// <summary>
    /// <c>--counts nodes</c>: the default engine's Rete network (nodes by kind) and, for one typical full evaluation and
    /// one resumed wake-up, the facts or tuples each node received (NRules' own node metrics), hottest first.
    /// </summary>
    private static int Nodes()
    {
        var single = new SingleEvaluationBenchmarks();
        single.Setup();
        var oneMoment = new ResumeOneMomentBenchmarks();
        Quiet(oneMoment.Setup);
        var session = ((ConcurrentBag<ISession>)typeof(PolicyEngine).GetField("_idleSessions", BindingFlags.NonPublic | BindingFlags.Instance)!
            .GetValue(PolicyEngine.Default)!).Single();
        var schema = ((NRules.Diagnostics.ISessionSchemaProvider)session).GetSchema();
        var nodes = schema.Nodes.ToDictionary(n => n.Id);
        Console.WriteLine("Nodes by kind: " + string.Join(", ", schema.Nodes.GroupBy(n => n.NodeType).Select(g => $"{g.Key} {g.Count()}")));
        Console.WriteLine("Type nodes: " + string.Join(", ", schema.Nodes.Where(n => n.NodeType == NRules.Diagnostics.NodeType.Type).Select(n => Name(n.OutputType))));
        foreach (var (name, operation) in new (string, Action)[] { ("typical full evaluation", () => single.Typical()), ("resumed, one new moment", () => oneMoment.ResumedInMemory()) })
        {
            session.Metrics.Reset();
            operation();
            Console.WriteLine($"{name}: node, inputs inserted / updated / retracted");
            foreach (var m in session.Metrics.GetAll().Where(m => m.InsertInputCount + m.UpdateInputCount + m.RetractInputCount > 0)
                .OrderByDescending(m => m.InsertInputCount + m.UpdateInputCount + m.RetractInputCount).Take(60))
            {
                var node = nodes[m.NodeId];
                var rules = string.Join(" ", node.Rules.Select(r => r.Name.Split('.')[^1]).Take(3));
                Console.WriteLine($"  {node.NodeType,-11} {Name(node.OutputType),-40} {m.InsertInputCount,4} {m.UpdateInputCount,4} {m.RetractInputCount,4}  {rules}");
            }
        }

        return 0;

        static string Name(Type? type) => type is null ? "" : type.IsGenericType
            ? $"{type.Name.Split('`')[0]}<{string.Join(",", type.GetGenericArguments().Select(Name))}>"
            : type.Name;
    }

    /// <summary>
    /// <c>--counts loop a|b|c|d N</c>: one operation N times and nothing else, for a profiler attached to the process
    /// (for allocations by type and stack: <c>dotnet-trace collect --providers Microsoft-Windows-DotNETRuntime:0x1:5</c>).
    /// </summary>
    private static int Loop(string which, int iterations)
    {
        Action operation;
        switch (which)
        {
            case "a":
                var single = new SingleEvaluationBenchmarks();
                single.Setup();
                operation = () => single.Typical();
                break;
            case "b":
                var oneMoment = new ResumeOneMomentBenchmarks();
                Quiet(oneMoment.Setup);
                operation = () => oneMoment.ResumedInMemory();
                break;
            case "c":
                var p0 = new IgnoredP0Benchmarks { Days = 16 };
                Quiet(p0.Setup);
                operation = () => p0.ResumedInMemory();
                break;
            default:
                var day = new HostDayBenchmarks();
                Quiet(day.Setup);
                operation = () => day.EngineResuming();
                iterations /= HostDayBenchmarks.Incidents * 50;
                break;
        }

        for (var i = 0; i < iterations; i++)
        {
            operation();
        }

        return 0;
    }

    private static void Quiet(Action setup)
    {
        var output = Console.Out;
        Console.SetOut(System.IO.TextWriter.Null);
        try
        {
            setup();
        }
        finally
        {
            Console.SetOut(output);
        }
    }

    /// <summary>
    /// The NRules work per operation, through every pooled session's events: facts inserted, updated and retracted,
    /// rules fired, and propagations (batches: each insert, update or retract call, of one fact or many, is one pass
    /// through the network; its facts raise their "-ing" events together, before the pass).
    /// </summary>
    private static (double Inserted, double Updated, double Retracted, double Fired, double Propagations) Count(Func<int> operations)
    {
        var pool = (ConcurrentBag<ISession>)typeof(PolicyEngine).GetField("_idleSessions", BindingFlags.NonPublic | BindingFlags.Instance)!
            .GetValue(PolicyEngine.Default)!;
        long inserted = 0, updated = 0, retracted = 0, fired = 0, propagations = 0;
        var last = 0;
        var sessions = pool.ToArray();
        foreach (var session in sessions)
        {
            Subscribe(session.Events, true);
        }

        var n = operations();
        foreach (var session in sessions)
        {
            Subscribe(session.Events, false);
        }

        return (inserted / (double)n, updated / (double)n, retracted / (double)n, fired / (double)n, propagations / (double)n);

        void Subscribe(NRules.Diagnostics.IEventProvider events, bool on)
        {
            if (on)
            {
                events.FactInsertingEvent += OnInserting;
                events.FactUpdatingEvent += OnUpdating;
                events.FactRetractingEvent += OnRetracting;
                events.FactInsertedEvent += OnDone;
                events.FactUpdatedEvent += OnDone;
                events.FactRetractedEvent += OnDone;
                events.RuleFiredEvent += OnFired;
            }
            else
            {
                events.FactInsertingEvent -= OnInserting;
                events.FactUpdatingEvent -= OnUpdating;
                events.FactRetractingEvent -= OnRetracting;
                events.FactInsertedEvent -= OnDone;
                events.FactUpdatedEvent -= OnDone;
                events.FactRetractedEvent -= OnDone;
                events.RuleFiredEvent -= OnFired;
            }
        }

        void Pass(int kind)
        {
            if (last != kind)
            {
                propagations++;
            }

            last = kind;
        }

        void OnInserting(object? sender, NRules.Diagnostics.WorkingMemoryEventArgs e)
        {
            inserted++;
            Pass(1);
        }

        void OnUpdating(object? sender, NRules.Diagnostics.WorkingMemoryEventArgs e)
        {
            updated++;
            Pass(2);
        }

        void OnRetracting(object? sender, NRules.Diagnostics.WorkingMemoryEventArgs e)
        {
            retracted++;
            Pass(3);
        }

        void OnDone(object? sender, NRules.Diagnostics.WorkingMemoryEventArgs e) => last = 0;

        void OnFired(object? sender, NRules.Diagnostics.AgendaEventArgs e) => fired++;
    }

    private static string LoadAverage()
    {
        try
        {
            return System.IO.File.ReadAllText("/proc/loadavg").Trim();
        }
        catch (System.IO.IOException)
        {
            return "unknown";
        }
    }

    private static TimeSpan ThreadCpu()
    {
        if (!OperatingSystem.IsLinux() || getrusage(RusageThread, out var usage) != 0)
        {
            return System.Diagnostics.Process.GetCurrentProcess().TotalProcessorTime;
        }

        return TimeSpan.FromMicroseconds((usage.UserSeconds + usage.SystemSeconds) * 1_000_000.0 + usage.UserMicroseconds + usage.SystemMicroseconds);
    }

    [DllImport("libc", SetLastError = true)]
    [DefaultDllImportSearchPaths(DllImportSearchPath.SafeDirectories)]
    private static extern int getrusage(int who, out Rusage usage);

    [StructLayout(LayoutKind.Sequential)]
    private struct Rusage
    {
        public long UserSeconds;
        public long UserMicroseconds;
        public long SystemSeconds;
        public long SystemMicroseconds;
        public long Rest0, Rest1, Rest2, Rest3, Rest4, Rest5, Rest6, Rest7, Rest8, Rest9, Rest10, Rest11, Rest12, Rest13;
    }
}
