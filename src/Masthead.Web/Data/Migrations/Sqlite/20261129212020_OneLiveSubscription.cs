using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Masthead.Web.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class OneLiveSubscription : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<long>(
                name: "RefundedAt",
                table: "SandboxInvoices",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "Version",
                table: "SandboxCustomers",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<long>(
                name: "ExpiredAt",
                table: "SandboxCheckouts",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "DuplicateOfId",
                table: "ReaderSubscriptions",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<long>(
                name: "RefundedAt",
                table: "ReaderInvoices",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<long>(
                name: "CheckoutStartedAt",
                table: "BillingCustomers",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "Version",
                table: "BillingCustomers",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "RefundedAt",
                table: "SandboxInvoices");

            migrationBuilder.DropColumn(
                name: "Version",
                table: "SandboxCustomers");

            migrationBuilder.DropColumn(
                name: "ExpiredAt",
                table: "SandboxCheckouts");

            migrationBuilder.DropColumn(
                name: "DuplicateOfId",
                table: "ReaderSubscriptions");

            migrationBuilder.DropColumn(
                name: "RefundedAt",
                table: "ReaderInvoices");

            migrationBuilder.DropColumn(
                name: "CheckoutStartedAt",
                table: "BillingCustomers");

            migrationBuilder.DropColumn(
                name: "Version",
                table: "BillingCustomers");
        }
    }
}
