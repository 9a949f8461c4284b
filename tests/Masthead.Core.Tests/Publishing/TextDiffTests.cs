using Masthead.Core.Publishing;

namespace Masthead.Core.Tests.Publishing;

public sealed class TextDiffTests
{
    private const string Paragraph =
        "The harbour authority said on Tuesday that the cranes at the northern quay would stay silent until the " +
        "dispute over night shifts is settled, and that ships already at anchor would be sent to the southern terminal.";

    [Theory]
    [InlineData("", "")]
    [InlineData("", "Cranes fall silent.")]
    [InlineData("Cranes fall silent.", "")]
    [InlineData("Cranes fall silent.", "Cranes fall silent.")]
    [InlineData("The quick brown fox", "A slow red dog")]
    [InlineData("abc", "xyz")]
    [InlineData("Zürich — café", "Zürich – Café crème")]
    [InlineData("naïve café in Zürich", "café naïve, in Zürich!")]
    [InlineData("emoji 😀 here", "emoji 😁 here")]
    [InlineData("  leading and trailing  ", "leading and trailing")]
    [InlineData("a, b; c. d", "a; b, c! d?")]
    [InlineData("line one\nline two", "line one\r\nline 2\n")]
    [InlineData(Paragraph, "Breaking: " + Paragraph + " More follows.")]
    public void Words_rebuild_both_revisions_exactly(string before, string after)
    {
        var segments = TextDiff.Words(before, after);

        Assert.Equal(before, string.Concat(segments.Where(s => s.Kind != DiffKind.Added).Select(s => s.Text)));
        Assert.Equal(after, string.Concat(segments.Where(s => s.Kind != DiffKind.Removed).Select(s => s.Text)));
        Assert.DoesNotContain(segments, s => s.Kind == DiffKind.Changed || s.Text.Length == 0);
        Assert.All(segments.Zip(segments.Skip(1)), pair => Assert.NotEqual(pair.First.Kind, pair.Second.Kind));
    }

    [Fact]
    public void One_changed_word_in_a_long_paragraph_is_one_removal_and_one_addition()
    {
        var segments = TextDiff.Words(Paragraph, Paragraph.Replace("Tuesday", "Wednesday", StringComparison.Ordinal));

        Assert.Equal(
            [
                new DiffSegment(DiffKind.Unchanged, "The harbour authority said on "),
                new DiffSegment(DiffKind.Removed, "Tuesday"),
                new DiffSegment(DiffKind.Added, "Wednesday"),
                new DiffSegment(DiffKind.Unchanged, Paragraph[Paragraph.IndexOf(" that", StringComparison.Ordinal)..]),
            ],
            segments);
    }

    [Fact]
    public void Identical_text_is_one_unchanged_segment()
    {
        Assert.Equal([new DiffSegment(DiffKind.Unchanged, Paragraph)], TextDiff.Words(Paragraph, Paragraph));
        Assert.Empty(TextDiff.Words("", ""));
    }

    [Fact]
    public void Punctuation_is_compared_one_character_at_a_time()
    {
        Assert.Equal(
            [
                new DiffSegment(DiffKind.Unchanged, "Rents rose"),
                new DiffSegment(DiffKind.Removed, "."),
                new DiffSegment(DiffKind.Added, "!"),
            ],
            TextDiff.Words("Rents rose.", "Rents rose!"));
    }

    [Fact]
    public void Spaces_between_replaced_words_join_them_into_one_replacement()
    {
        Assert.Equal(
            [
                new DiffSegment(DiffKind.Removed, "The quick"),
                new DiffSegment(DiffKind.Added, "A slow"),
                new DiffSegment(DiffKind.Unchanged, " brown fox"),
            ],
            TextDiff.Words("The quick brown fox", "A slow brown fox"));
    }

    [Fact]
    public void An_inserted_line_is_added_between_unchanged_ones()
    {
        var lines = TextDiff.Lines("one\ntwo\nthree", "one\ntwo\nnew\nthree");

        Assert.Equal(
            [
                new DiffLine(DiffKind.Unchanged, "one"),
                new DiffLine(DiffKind.Unchanged, "two"),
                new DiffLine(DiffKind.Added, "new"),
                new DiffLine(DiffKind.Unchanged, "three"),
            ],
            lines);
    }

    [Fact]
    public void A_deleted_line_is_removed()
    {
        Assert.Equal(
            [new DiffLine(DiffKind.Unchanged, "one"), new DiffLine(DiffKind.Removed, "two"), new DiffLine(DiffKind.Unchanged, "three")],
            TextDiff.Lines("one\ntwo\nthree", "one\nthree"));
    }

    [Fact]
    public void A_moved_line_is_removed_where_it_was_and_added_where_it_went()
    {
        Assert.Equal(
            [
                new DiffLine(DiffKind.Unchanged, "alpha"),
                new DiffLine(DiffKind.Removed, "bravo"),
                new DiffLine(DiffKind.Unchanged, "charlie"),
                new DiffLine(DiffKind.Unchanged, "delta"),
                new DiffLine(DiffKind.Added, "bravo"),
            ],
            TextDiff.Lines("alpha\nbravo\ncharlie\ndelta", "alpha\ncharlie\ndelta\nbravo"));
    }

    [Fact]
    public void An_edited_line_is_one_changed_line_with_its_new_text_and_word_segments()
    {
        var edited = Paragraph.Replace("Tuesday", "Wednesday", StringComparison.Ordinal);

        var line = Assert.Single(TextDiff.Lines(Paragraph, edited));

        Assert.Equal(DiffKind.Changed, line.Kind);
        Assert.Equal(edited, line.Text);
        Assert.Equal(TextDiff.Words(Paragraph, edited), line.Segments);
    }

    [Fact]
    public void A_rewritten_line_is_a_removal_and_an_addition_not_a_word_soup()
    {
        Assert.Equal(
            [new DiffLine(DiffKind.Removed, "Cranes fall silent at the quay"), new DiffLine(DiffKind.Added, "Ferry strike enters second week")],
            TextDiff.Lines("Cranes fall silent at the quay", "Ferry strike enters second week"));
    }

    [Fact]
    public void In_an_edited_block_unpaired_lines_are_removed_before_they_are_added()
    {
        var lines = TextDiff.Lines("intro\nthe first old line\nold two\nend", "intro\nthe first old line, revised\nbrand new\nanother\nend");

        Assert.Equal(
            [DiffKind.Unchanged, DiffKind.Changed, DiffKind.Removed, DiffKind.Added, DiffKind.Added, DiffKind.Unchanged],
            lines.Select(l => l.Kind));
        Assert.Equal(["intro", "the first old line, revised", "old two", "brand new", "another", "end"], lines.Select(l => l.Text));
    }

    [Fact]
    public void Line_endings_and_a_final_line_break_are_not_changes()
    {
        var lines = TextDiff.Lines("one\r\ntwo\r\n", "one\ntwo");

        Assert.All(lines, l => Assert.Equal(DiffKind.Unchanged, l.Kind));
        Assert.Equal(["one", "two"], lines.Select(l => l.Text));
        Assert.Empty(TextDiff.Lines("", ""));
    }

    [Fact]
    public void Empty_revisions_are_all_added_or_all_removed()
    {
        Assert.Equal([new DiffLine(DiffKind.Added, "a"), new DiffLine(DiffKind.Added, "b")], TextDiff.Lines("", "a\nb"));
        Assert.Equal([new DiffLine(DiffKind.Removed, "a"), new DiffLine(DiffKind.Removed, "b")], TextDiff.Lines("a\nb", ""));
    }

    [Fact]
    public void A_long_story_with_three_edits_reports_exactly_those_three()
    {
        var before = Enumerable.Range(0, 5000).Select(i => $"Paragraph {i} of the long read about the harbour.").ToList();
        var after = before.ToList();
        after[10] = "Paragraph 10 of the long read about the old harbour.";
        after.Insert(2500, "A new paragraph in the middle.");
        after.RemoveAt(4000);

        var changes = TextDiff.Lines(string.Join('\n', before), string.Join('\n', after)).Where(l => l.Kind != DiffKind.Unchanged).ToList();

        Assert.Equal(
            [(DiffKind.Changed, after[10]), (DiffKind.Added, "A new paragraph in the middle."), (DiffKind.Removed, before[3999])],
            changes.Select(l => (l.Kind, l.Text)));
    }

    [Fact]
    public void Two_unrelated_long_texts_are_all_removed_then_all_added()
    {
        var before = Enumerable.Range(0, 2000).Select(i => $"before {i}").ToList();
        var after = Enumerable.Range(0, 2000).Select(i => $"after {i}").ToList();

        var lines = TextDiff.Lines(string.Join('\n', before), string.Join('\n', after));

        Assert.Equal(
            before.Select(t => (DiffKind.Removed, t)).Concat(after.Select(t => (DiffKind.Added, t))),
            lines.Select(l => (l.Kind, l.Text)));
    }

    [Fact]
    public void Random_revisions_rebuild_exactly_and_keep_the_longest_common_lines()
    {
        var random = new Random(20261110);
        string[] vocabulary = ["harbour", "cranes", "strike", "  ", "Zürich", "café —", "quay", "night shift", "ferry"];
        for (var round = 0; round < 300; round++)
        {
            var before = Enumerable.Range(0, random.Next(0, 30)).Select(_ => vocabulary[random.Next(vocabulary.Length)]).ToArray();
            var after = before.Where(_ => random.Next(4) > 0).Select(l => random.Next(5) == 0 ? l + " edited" : l).ToList();
            for (var insert = random.Next(0, 5); insert > 0; insert--)
            {
                after.Insert(random.Next(after.Count + 1), vocabulary[random.Next(vocabulary.Length)]);
            }

            var lines = TextDiff.Lines(string.Join('\n', before), string.Join('\n', after));

            Assert.Equal(before, lines.Where(l => l.Kind != DiffKind.Added).Select(l => l.Segments is null ? l.Text : Rebuild(l.Segments, DiffKind.Added)));
            Assert.Equal(after, lines.Where(l => l.Kind != DiffKind.Removed).Select(l => l.Text));
            Assert.Equal(LongestCommonLength(before, after), lines.Count(l => l.Kind == DiffKind.Unchanged));

            var words = TextDiff.Words(string.Join(' ', before), string.Join(' ', after));
            Assert.Equal(string.Join(' ', before), Rebuild(words, DiffKind.Added));
            Assert.Equal(string.Join(' ', after), Rebuild(words, DiffKind.Removed));
        }
    }

    private static string Rebuild(IReadOnlyList<DiffSegment> segments, DiffKind leaveOut) =>
        string.Concat(segments.Where(s => s.Kind != leaveOut).Select(s => s.Text));

    private static int LongestCommonLength(string[] a, List<string> b)
    {
        var table = new int[a.Length + 1, b.Count + 1];
        for (var i = a.Length - 1; i >= 0; i--)
        {
            for (var j = b.Count - 1; j >= 0; j--)
            {
                table[i, j] = a[i] == b[j] ? table[i + 1, j + 1] + 1 : Math.Max(table[i + 1, j], table[i, j + 1]);
            }
        }

        return table[0, 0];
    }
}
