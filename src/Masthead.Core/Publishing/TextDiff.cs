using System.Globalization;
using System.Text;

namespace Masthead.Core.Publishing;

/// <summary>What happened to a line or a run of text between two revisions. Changed is only ever a line's kind.</summary>
public enum DiffKind
{
    Unchanged,
    Removed,
    Added,
    Changed,
}

/// <summary>A run of text within a changed line: Unchanged, Removed (render as del) or Added (render as ins).</summary>
public sealed record DiffSegment(DiffKind Kind, string Text);

/// <summary>One line of the comparison; a Changed line carries the new text and word segments to render inline.</summary>
public sealed record DiffLine(DiffKind Kind, string Text, IReadOnlyList<DiffSegment>? Segments = null);

/// <summary>Compares two revisions of a story's text by line and, within edited lines, by word (Myers' O(ND) diff).</summary>
public static class TextDiff
{
    // A removed line followed by an added one is shown as one Changed line when at least this share of its letters survive.
    private const double PairingSimilarity = 0.5;
    /// <summary>Lines of both revisions in reading order; in each edited block, removed lines come before added ones.</summary>
    public static IReadOnlyList<DiffLine> Lines(string before, string after)
    {
        var a = SplitLines(before);
        var b = SplitLines(after);
        var edits = Diff(a, b);
        var lines = new List<DiffLine>(Math.Max(a.Length, b.Length));
        int i = 0, j = 0, k = 0;
        while (k < edits.Count)
        {
            if (edits[k] == DiffEdit.Keep)
            {
                lines.Add(new DiffLine(DiffKind.Unchanged, b[j]));
                i++;
                j++;
                k++;
                continue;
            }

            int removedFrom = i, addedFrom = j;
            for (; k < edits.Count && edits[k] != DiffEdit.Keep; k++)
            {
                if (edits[k] == DiffEdit.Delete)
                {
                    i++;
                }
                else
                {
                    j++;
                }
            }

            AddBlock(lines, a[removedFrom..i], b[addedFrom..j]);
        }

        return lines;
    }

    /// <summary>Word-level diff: Unchanged+Removed segments rebuild before, Unchanged+Added rebuild after.</summary>
    public static IReadOnlyList<DiffSegment> Words(string before, string after)
    {
        var a = Tokenize(before);
        var b = Tokenize(after);
        var edits = Diff(a, b);

        // Runs alternate kept and changed; a kept run reads as (its text, its text).
        var runs = new List<(bool Kept, string Removed, string Added)>();
        int i = 0, j = 0, k = 0;
        while (k < edits.Count)
        {
            StringBuilder removed = new(), added = new();
            if (edits[k] == DiffEdit.Keep)
            {
                for (; k < edits.Count && edits[k] == DiffEdit.Keep; k++, j++)
                {
                    removed.Append(a[i++]);
                }

                runs.Add((true, removed.ToString(), removed.ToString()));
                continue;
            }

            for (; k < edits.Count && edits[k] != DiffEdit.Keep; k++)
            {
                _ = edits[k] == DiffEdit.Delete ? removed.Append(a[i++]) : added.Append(b[j++]);
            }

            runs.Add((false, removed.ToString(), added.ToString()));
        }

        // Fold the bare spaces between two edits into them, so "a b" -> "x y" reads as one replacement, not word soup.
        var folded = new List<(bool Kept, string Removed, string Added)>();
        for (var r = 0; r < runs.Count; r++)
        {
            var run = runs[r];
            var between = r > 0 && r < runs.Count - 1;
            if (run.Kept && between && string.IsNullOrWhiteSpace(run.Removed))
            {
                run = (false, run.Removed, run.Added);
            }

            if (!run.Kept && folded.Count > 0 && !folded[^1].Kept)
            {
                var last = folded[^1];
                folded[^1] = (false, last.Removed + run.Removed, last.Added + run.Added);
            }
            else
            {
                folded.Add(run);
            }
        }

        var segments = new List<DiffSegment>();
        foreach (var (kept, removed, added) in folded)
        {
            if (kept)
            {
                segments.Add(new DiffSegment(DiffKind.Unchanged, removed));
                continue;
            }

            if (removed.Length > 0)
            {
                segments.Add(new DiffSegment(DiffKind.Removed, removed));
            }

            if (added.Length > 0)
            {
                segments.Add(new DiffSegment(DiffKind.Added, added));
            }
        }

        return segments;
    }

    // Pairs the block's removed and added lines in order; similar pairs become Changed, the rest stay Removed then Added.
    private static void AddBlock(List<DiffLine> lines, string[] removed, string[] added)
    {
        var pendingRemoved = new List<DiffLine>();
        var pendingAdded = new List<DiffLine>();
        for (var p = 0; p < Math.Max(removed.Length, added.Length); p++)
        {
            if (p < removed.Length && p < added.Length)
            {
                var segments = Words(removed[p], added[p]);
                if (Similarity(segments, removed[p], added[p]) >= PairingSimilarity)
                {
                    lines.AddRange(pendingRemoved);
                    lines.AddRange(pendingAdded);
                    pendingRemoved.Clear();
                    pendingAdded.Clear();
                    lines.Add(new DiffLine(DiffKind.Changed, added[p], segments));
                    continue;
                }
            }

            if (p < removed.Length)
            {
                pendingRemoved.Add(new DiffLine(DiffKind.Removed, removed[p]));
            }

            if (p < added.Length)
            {
                pendingAdded.Add(new DiffLine(DiffKind.Added, added[p]));
            }
        }

        lines.AddRange(pendingRemoved);
        lines.AddRange(pendingAdded);
    }

    private static double Similarity(IReadOnlyList<DiffSegment> segments, string before, string after)
    {
        var longest = Math.Max(Letters(before), Letters(after));
        var kept = segments.Where(s => s.Kind == DiffKind.Unchanged).Sum(s => Letters(s.Text));
        return longest == 0 ? 1 : (double)kept / longest;

        static int Letters(string text) => text.Count(char.IsLetterOrDigit);
    }

    // Splits on \n, drops a \r before it and ignores one final line break, so "a\r\nb\n" is the lines "a" and "b".
    private static string[] SplitLines(string text)
    {
        if (text.Length == 0)
        {
            return [];
        }

        var lines = text.Split('\n');
        var count = text.EndsWith('\n') ? lines.Length - 1 : lines.Length;
        return [.. lines.Take(count).Select(line => line.EndsWith('\r') ? line[..^1] : line)];
    }

    // Tokens: runs of word characters, runs of whitespace, and single other characters (whole surrogate pairs).
    private static string[] Tokenize(string text)
    {
        var tokens = new List<string>();
        var start = 0;
        var startClass = 0;
        for (var index = 0; index < text.Length;)
        {
            var rune = Rune.GetRuneAt(text, index);
            var cls = Rune.IsWhiteSpace(rune) ? 1 : IsWordRune(rune) ? 2 : 3;
            if (index > start && (cls != startClass || cls == 3))
            {
                tokens.Add(text[start..index]);
                start = index;
            }

            startClass = cls;
            index += rune.Utf16SequenceLength;
        }

        if (text.Length > start)
        {
            tokens.Add(text[start..]);
        }

        return [.. tokens];
    }

    private static bool IsWordRune(Rune rune) =>
        Rune.IsLetterOrDigit(rune) || Rune.GetUnicodeCategory(rune) is UnicodeCategory.NonSpacingMark
            or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.EnclosingMark or UnicodeCategory.ConnectorPunctuation;

    private static List<DiffEdit> Diff(string[] a, string[] b)
    {
        var ids = new Dictionary<string, int>(StringComparer.Ordinal);
        int[] Intern(string[] items) => [.. items.Select(s => ids.TryGetValue(s, out var id) ? id : ids[s] = ids.Count)];
        var edits = new List<DiffEdit>(a.Length + b.Length);
        MyersDiff.Diff(Intern(a), Intern(b), edits);
        return edits;
    }
}
