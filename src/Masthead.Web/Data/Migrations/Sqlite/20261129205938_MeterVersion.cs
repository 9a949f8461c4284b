using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Masthead.Web.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class MeterVersion : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "Version",
                table: "ReaderMeters",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "Version",
                table: "ReaderMeters");
        }
    }
}
