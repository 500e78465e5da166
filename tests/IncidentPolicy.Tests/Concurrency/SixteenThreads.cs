using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using Xunit;

namespace IncidentPolicy.Tests.Concurrency;

/// <summary>
/// Runs one piece of work over many inputs from 16 threads at once, all sharing whatever the work closes over (one
/// engine, one composer, ...), and compares each output with a run one at a time. The threads start together at a
/// <see cref="Barrier"/>; each does every input, starting at a different input and half of them walking backwards,
/// so that the same input and different inputs are in flight on several threads at once.
/// </summary>
internal static class SixteenThreads
{
    public const int Threads = 16;

    /// <summary>
    /// Runs <paramref name="concurrent"/> over the inputs on 16 threads (first, so that anything the shared instance
    /// sets up on first use is set up by threads racing for it), then <paramref name="serial"/> one input at a time,
    /// and asserts every output is the serial one, byte for byte.
    /// </summary>
    /// <param name="inputs">The inputs.</param>
    /// <param name="concurrent">The work on the instance shared by the 16 threads.</param>
    /// <param name="serial">The same work on an instance of its own (may be <paramref name="concurrent"/>).</param>
    public static void AgreeWithOneAtATime<T>(IReadOnlyList<T> inputs, Func<T, string> concurrent, Func<T, string> serial)
    {
        Assert.True(inputs.Count >= Threads, "fewer inputs than threads");
        var outputs = new string[Threads][];
        var failures = new ConcurrentQueue<Exception>();
        using var start = new Barrier(Threads);
        var threads = Enumerable.Range(0, Threads).Select(t => new Thread(() =>
        {
            var mine = new string[inputs.Count];
            start.SignalAndWait();
            try
            {
                var first = t * inputs.Count / Threads;
                for (var k = 0; k < inputs.Count; k++)
                {
                    var i = t % 2 == 0 ? (first + k) % inputs.Count : (first - k + inputs.Count) % inputs.Count;
                    mine[i] = concurrent(inputs[i]);
                }
            }
            catch (Exception e)
            {
                failures.Enqueue(e);
            }

            outputs[t] = mine;
        }) { IsBackground = true, Name = $"concurrency-{t}" }).ToList();
        threads.ForEach(t => t.Start());
        threads.ForEach(t => t.Join());

        Assert.Empty(failures);
        var expected = inputs.Select(serial).ToArray();
        var differences = (
            from t in Enumerable.Range(0, Threads)
            from i in Enumerable.Range(0, inputs.Count)
            where !string.Equals(outputs[t][i], expected[i], StringComparison.Ordinal)
            select (Thread: t, Input: i)).ToList();
        if (differences.Count > 0)
        {
            var (thread, input) = differences[0];
            Assert.Fail(
                $"{differences.Count} of {Threads * inputs.Count} outputs differ from the run one at a time; the first, " +
                $"input {input} ({inputs[input]}) on thread {thread}:\n--- one at a time\n{expected[input]}\n--- on 16 threads\n{outputs[thread][input]}");
        }
    }

    /// <summary><see cref="AgreeWithOneAtATime{T}(IReadOnlyList{T}, Func{T, string}, Func{T, string})"/> with one function.</summary>
    public static void AgreeWithOneAtATime<T>(IReadOnlyList<T> inputs, Func<T, string> work) => AgreeWithOneAtATime(inputs, work, work);
}
