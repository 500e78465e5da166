using System;
using System.Collections.Generic;

namespace IncidentPolicy.Reviews;

/// <summary>
/// Where a person's name occurs in prose, with the care a blame check needs to avoid false positives:
/// whole words only; a handle-like name (with a digit, <c>.</c>, <c>_</c> or <c>-</c>) in any case; a plain
/// name only capitalised (<c>Bob</c>), so that the verb "will" is never a person called Will. And where an
/// <c>@handle</c> occurs: at the start of a word, never inside an e-mail address.
/// </summary>
internal static class PersonNames
{
    /// <summary>Whether <paramref name="name"/> looks like a handle rather than a given name.</summary>
    public static bool IsHandleLike(string name)
    {
        foreach (var c in name)
        {
            if (char.IsDigit(c) || c is '.' or '_' or '-')
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// The positions in <paramref name="text"/> where <paramref name="name"/> occurs as a whole word, by the
    /// rules above; with <paramref name="alsoExactly"/>, also where it occurs spelt exactly as given.
    /// </summary>
    public static IEnumerable<int> Occurrences(string text, string name, bool alsoExactly = false)
    {
        if (name.Length == 0)
        {
            yield break;
        }

        var handleLike = IsHandleLike(name);
        var from = 0;
        while (from <= text.Length - name.Length)
        {
            var start = text.IndexOf(name, from, StringComparison.OrdinalIgnoreCase);
            if (start < 0)
            {
                yield break;
            }

            var end = start + name.Length;
            var whole = (start == 0 || !IsWordChar(text[start - 1])) && (end == text.Length || !IsWordChar(text[end]))
                && (start == 0 || text[start - 1] != '@');
            var cased = handleLike
                || char.IsUpper(text[start])
                || (alsoExactly && string.CompareOrdinal(text, start, name, 0, name.Length) == 0);
            if (whole && cased)
            {
                yield return start;
                from = end;
            }
            else
            {
                from = start + 1;
            }
        }
    }

    /// <summary>The <c>@handle</c>s in <paramref name="text"/>: where each starts (at the <c>@</c>), its length and the name after the <c>@</c>.</summary>
    public static IEnumerable<(int Start, int Length, string Name)> Handles(string text)
    {
        for (var i = 0; i < text.Length - 1; i++)
        {
            if (text[i] != '@' || (i > 0 && (IsWordChar(text[i - 1]) || text[i - 1] is '.' or '-' or '@')) || !IsHandleChar(text[i + 1]))
            {
                continue;
            }

            var end = i + 1;
            while (end < text.Length && (IsHandleChar(text[end]) || (text[end] is '.' or '-' && end + 1 < text.Length && IsHandleChar(text[end + 1]))))
            {
                end++;
            }

            yield return (i, end - i, text.Substring(i + 1, end - i - 1));
            i = end - 1;
        }
    }

    private static bool IsWordChar(char c) => char.IsLetterOrDigit(c) || c == '_';

    private static bool IsHandleChar(char c) => char.IsLetterOrDigit(c) || c == '_';
}
