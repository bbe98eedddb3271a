using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Facturation.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class CompanyDocumentRulesAndFiscalYear : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "DocumentRulesIds",
                table: "Companies",
                type: "TEXT",
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "FiscalYearEnd",
                table: "Companies",
                type: "TEXT",
                maxLength: 5,
                nullable: false,
                defaultValue: "12-31");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "DocumentRulesIds",
                table: "Companies");

            migrationBuilder.DropColumn(
                name: "FiscalYearEnd",
                table: "Companies");
        }
    }
}
