namespace Masthead.Core.Publishing;

/// <summary>One step of an edit script: keep an item of both sequences, delete one of the first, insert one of the second.</summary>
internal enum DiffEdit
{
    Keep,
    Delete,
    Insert,
}

/// <summary>Linear-space Myers diff: trim the common ends, find the middle snake, recurse on both halves.</summary>
internal static class MyersDiff
{
    public static void Diff(ReadOnlySpan<int> a, ReadOnlySpan<int> b, List<DiffEdit> edits)
    {
        var prefix = 0;
        while (prefix < a.Length && prefix < b.Length && a[prefix] == b[prefix])
        {
            prefix++;
        }

        var suffix = 0;
        while (suffix < a.Length - prefix && suffix < b.Length - prefix && a[^(suffix + 1)] == b[^(suffix + 1)])
        {
            suffix++;
        }

        edits.AddRange(Enumerable.Repeat(DiffEdit.Keep, prefix));
        a = a[prefix..^suffix];
        b = b[prefix..^suffix];
        if (a.IsEmpty || b.IsEmpty)
        {
            edits.AddRange(Enumerable.Repeat(DiffEdit.Delete, a.Length));
            edits.AddRange(Enumerable.Repeat(DiffEdit.Insert, b.Length));
        }
        else
        {
            var (x, y) = MiddleSnake(a, b);
            Diff(a[..x], b[..y], edits);
            Diff(a[x..], b[y..], edits);
        }

        edits.AddRange(Enumerable.Repeat(DiffEdit.Keep, suffix));
    }

    // Runs the search forward from the start and backward from the end until the paths meet; returns where.
    private static (int X, int Y) MiddleSnake(ReadOnlySpan<int> a, ReadOnlySpan<int> b)
    {
        int n = a.Length, m = b.Length, maxD = (n + m + 1) / 2, offset = maxD, delta = n - m;
        var forward = new int[2 * maxD + 2];
        var backward = new int[2 * maxD + 2];
        Array.Fill(forward, -1);
        Array.Fill(backward, -1);
        forward[offset + 1] = 0;
        backward[offset + 1] = 0;
        var oddDelta = delta % 2 != 0;
        int kStart1 = 0, kEnd1 = 0, kStart2 = 0, kEnd2 = 0;
        for (var d = 0; d < maxD; d++)
        {
            for (var k = -d + kStart1; k <= d - kEnd1; k += 2)
            {
                var at = offset + k;
                var x = k == -d || (k != d && forward[at - 1] < forward[at + 1]) ? forward[at + 1] : forward[at - 1] + 1;
                var y = x - k;
                while (x < n && y < m && a[x] == b[y])
                {
                    x++;
                    y++;
                }

                forward[at] = x;
                if (x > n)
                {
                    kEnd1 += 2;
                }
                else if (y > m)
                {
                    kStart1 += 2;
                }
                else if (oddDelta)
                {
                    var other = offset + delta - k;
                    if (other >= 0 && other < backward.Length && backward[other] != -1 && x >= n - backward[other])
                    {
                        return (x, y);
                    }
                }
            }

            for (var k = -d + kStart2; k <= d - kEnd2; k += 2)
            {
                var at = offset + k;
                var x = k == -d || (k != d && backward[at - 1] < backward[at + 1]) ? backward[at + 1] : backward[at - 1] + 1;
                var y = x - k;
                while (x < n && y < m && a[n - x - 1] == b[m - y - 1])
                {
                    x++;
                    y++;
                }

                backward[at] = x;
                if (x > n)
                {
                    kEnd2 += 2;
                }
                else if (y > m)
                {
                    kStart2 += 2;
                }
                else if (!oddDelta)
                {
                    var other = offset + delta - k;
                    if (other >= 0 && other < forward.Length && forward[other] != -1 && forward[other] >= n - x)
                    {
                        return (forward[other], offset + forward[other] - other);
                    }
                }
            }
        }

        // No element in common: remove all of a, then add all of b.
        return (n, 0);
    }
}
