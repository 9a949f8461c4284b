namespace Masthead.Web.Data;

public sealed class Section
{
    public int Id { get; set; }
    public required string Slug { get; set; }
    public required string Name { get; set; }
    public string Description { get; set; } = "";
    public int Position { get; set; }
}
