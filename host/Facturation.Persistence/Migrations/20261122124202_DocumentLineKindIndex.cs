using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Facturation.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class DocumentLineKindIndex : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateIndex(
                name: "IX_DocumentLines_Kind_DocumentId_Position",
                table: "DocumentLines",
                columns: new[] { "Kind", "DocumentId", "Position" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_DocumentLines_Kind_DocumentId_Position",
                table: "DocumentLines");
        }
    }
}
