using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Masthead.Web.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class OneLiveSubscription : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "RefundedAt",
                table: "SandboxInvoices",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "Version",
                table: "SandboxCustomers",
                type: "integer",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "ExpiredAt",
                table: "SandboxCheckouts",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "DuplicateOfId",
                table: "ReaderSubscriptions",
                type: "integer",
                nullable: true);

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "RefundedAt",
                table: "ReaderInvoices",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "CheckoutStartedAt",
                table: "BillingCustomers",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "Version",
                table: "BillingCustomers",
                type: "integer",
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
