using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Masthead.Web.Data.Migrations.Postgres
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
                type: "integer",
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
