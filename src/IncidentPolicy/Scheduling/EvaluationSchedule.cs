using System;
using System.Collections.Generic;
using NodaTime;

namespace IncidentPolicy.Scheduling;

/// <summary>
/// Open incidents ordered by when they next need evaluation (each result's
/// <see cref="Evaluation.PolicyEvaluation.NextEvaluationAt"/>), so a host wakes exactly when something is
/// due and never scans. An indexed binary heap: scheduling, moving and removing an incident cost
/// O(log n); taking the k incidents due costs O(k log n), whatever the number scheduled. Incidents due at
/// the same instant come out in the order they were scheduled. Not thread-safe: use it from one loop.
/// </summary>
/// <remarks>
/// A host's loop wakes each incident when it is due and resumes its evaluation from the checkpoint kept with
/// the record (<see cref="Evaluation.PolicyEngine.EvaluateWithCheckpoint"/>), so a wake-up costs what happened
/// since the last one, not a replay of the incident from its detection.
/// </remarks>
/// <example>
/// <code>
/// var now = clock.GetCurrentInstant();
/// foreach (var id in schedule.TakeDue(now))
/// {
///     var (record, stored) = store.Load(id);                         // the record, and the checkpoint JSON kept with it
///     var checkpoint = stored is null ? null : CheckpointJson.Read(stored);
///     var (evaluation, next, _) = engine.EvaluateWithCheckpoint(record, now, checkpoint);
///     notifier.Send(evaluation.Notifications);                       // de-duplicated by their keys
///     store.Save(id, next is null ? null : CheckpointJson.Write(next));
///     if (evaluation.NextEvaluationAt is { } due) schedule.Schedule(id, due);
/// }
/// </code>
/// </example>
/// <typeparam name="TKey">What identifies an incident, e.g. its id.</typeparam>
public sealed class EvaluationSchedule<TKey>
    where TKey : notnull
{
    private readonly List<Entry> _heap = [];
    private readonly Dictionary<TKey, int> _positions;
    private long _sequence;

    /// <summary>Creates an empty schedule.</summary>
    /// <param name="comparer">How keys are compared, or <see langword="null"/> for the default.</param>
    public EvaluationSchedule(IEqualityComparer<TKey>? comparer = null)
    {
        _positions = new Dictionary<TKey, int>(comparer);
    }

    /// <summary>How many incidents are scheduled.</summary>
    public int Count => _heap.Count;

    /// <summary>When the earliest scheduled incident is due, or <see langword="null"/> when none is.</summary>
    public Instant? NextDueAt => _heap.Count == 0 ? null : _heap[0].DueAt;

    /// <summary>Schedules an incident, or moves it if it is already scheduled.</summary>
    /// <param name="key">The incident.</param>
    /// <param name="dueAt">When it is due.</param>
    public void Schedule(TKey key, Instant dueAt)
    {
        ArgumentNullException.ThrowIfNull(key);
        var entry = new Entry(key, dueAt, _sequence++);
        if (_positions.TryGetValue(key, out var position))
        {
            var before = _heap[position];
            _heap[position] = entry;
            if (Precedes(entry, before))
            {
                SiftUp(position);
            }
            else
            {
                SiftDown(position);
            }
        }
        else
        {
            _heap.Add(entry);
            _positions[key] = _heap.Count - 1;
            SiftUp(_heap.Count - 1);
        }
    }

    /// <summary>
    /// Schedules an incident at <paramref name="dueAt"/>, or removes it when that is <see langword="null"/>
    /// (the result never changes again): what a host does with each evaluation's <c>NextEvaluationAt</c>.
    /// </summary>
    /// <param name="key">The incident.</param>
    /// <param name="dueAt">When it is next due, if ever.</param>
    public void Reschedule(TKey key, Instant? dueAt)
    {
        if (dueAt is { } due)
        {
            Schedule(key, due);
        }
        else
        {
            Remove(key);
        }
    }

    /// <summary>Removes an incident (e.g. closed for good).</summary>
    /// <param name="key">The incident.</param>
    /// <returns>Whether it was scheduled.</returns>
    public bool Remove(TKey key)
    {
        ArgumentNullException.ThrowIfNull(key);
        if (!_positions.Remove(key, out var position))
        {
            return false;
        }

        var last = _heap.Count - 1;
        if (position != last)
        {
            var moved = _heap[last];
            _heap[position] = moved;
            _positions[moved.Key] = position;
            _heap.RemoveAt(last);
            SiftDown(position);
            SiftUp(position);
        }
        else
        {
            _heap.RemoveAt(last);
        }

        return true;
    }

    /// <summary>When an incident is due.</summary>
    /// <param name="key">The incident.</param>
    /// <param name="dueAt">When it is due, if scheduled.</param>
    /// <returns>Whether it is scheduled.</returns>
    public bool TryGetDueAt(TKey key, out Instant dueAt)
    {
        ArgumentNullException.ThrowIfNull(key);
        var found = _positions.TryGetValue(key, out var position);
        dueAt = found ? _heap[position].DueAt : default;
        return found;
    }

    /// <summary>
    /// Removes and returns every incident due at or before <paramref name="now"/>, earliest first.
    /// Re-schedule each after evaluating it.
    /// </summary>
    /// <param name="now">The current instant, from the host's clock.</param>
    /// <returns>The incidents due.</returns>
    public IReadOnlyList<TKey> TakeDue(Instant now)
    {
        var due = new List<TKey>();
        while (_heap.Count > 0 && _heap[0].DueAt <= now)
        {
            var first = _heap[0].Key;
            Remove(first);
            due.Add(first);
        }

        return due;
    }

    private static bool Precedes(Entry a, Entry b) => a.DueAt < b.DueAt || (a.DueAt == b.DueAt && a.Sequence < b.Sequence);

    private void SiftUp(int position)
    {
        while (position > 0)
        {
            var parent = (position - 1) / 2;
            if (!Precedes(_heap[position], _heap[parent]))
            {
                return;
            }

            Swap(position, parent);
            position = parent;
        }
    }

    private void SiftDown(int position)
    {
        while (true)
        {
            var left = (2 * position) + 1;
            if (left >= _heap.Count)
            {
                return;
            }

            var right = left + 1;
            var child = right < _heap.Count && Precedes(_heap[right], _heap[left]) ? right : left;
            if (!Precedes(_heap[child], _heap[position]))
            {
                return;
            }

            Swap(position, child);
            position = child;
        }
    }

    private void Swap(int a, int b)
    {
        (_heap[a], _heap[b]) = (_heap[b], _heap[a]);
        _positions[_heap[a].Key] = a;
        _positions[_heap[b].Key] = b;
    }

    private readonly record struct Entry(TKey Key, Instant DueAt, long Sequence);
}
