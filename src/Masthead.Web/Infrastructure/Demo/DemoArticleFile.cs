using System.Globalization;

namespace Masthead.Web.Infrastructure.Demo;

/// <summary>A demo story on disk: "key: value" front matter between --- lines, then Markdown.</summary>
public sealed record DemoArticleFile(IReadOnlyDictionary<string, string> Fields, string Body)
{
    public string this[string key] => Fields.TryGetValue(key, out var value)
        ? value
        : throw new InvalidDataException($"Demo article is missing '{key}'.");

    public DateTimeOffset Published => DateTimeOffset.Parse(this["published"], CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal);

    public IEnumerable<string> List(string key, char separator) =>
        this[key].Split(separator, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    public static DemoArticleFile Parse(string text)
    {
        var lines = text.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n');
        if (lines.Length < 3 || lines[0] != "---")
        {
            throw new InvalidDataException("Demo article must start with front matter.");
        }

        var fields = new Dictionary<string, string>(StringComparer.Ordinal);
        var i = 1;
        for (; i < lines.Length && lines[i] != "---"; i++)
        {
            var colon = lines[i].IndexOf(':', StringComparison.Ordinal);
            if (colon > 0)
            {
                fields[lines[i][..colon].Trim()] = lines[i][(colon + 1)..].Trim();
            }
        }

        return new DemoArticleFile(fields, string.Join('\n', lines.Skip(i + 1)).Trim());
    }
}
