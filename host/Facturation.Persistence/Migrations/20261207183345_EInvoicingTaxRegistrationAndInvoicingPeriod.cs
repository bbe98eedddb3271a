using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Facturation.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class EInvoicingTaxRegistrationAndInvoicingPeriod : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<DateOnly>(
                name: "InvoicingPeriodEnd",
                table: "Documents",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "InvoicingPeriodStart",
                table: "Documents",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "TaxRegistrationId",
                table: "Companies",
                type: "TEXT",
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "InvoicingPeriodEnd",
                table: "Documents");

            migrationBuilder.DropColumn(
                name: "InvoicingPeriodStart",
                table: "Documents");

            migrationBuilder.DropColumn(
                name: "TaxRegistrationId",
                table: "Companies");
        }
    }
}
