using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Facturation.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class FrozenBrandingAndLayoutEngine : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<long>(
                name: "BrandingRevision",
                table: "Documents",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0L);

            migrationBuilder.AddColumn<string>(
                name: "DefaultLayoutEngineId",
                table: "Documents",
                type: "TEXT",
                maxLength: 40,
                nullable: true);

            migrationBuilder.CreateTable(
                name: "BrandingFiles",
                columns: table => new
                {
                    Id = table.Column<string>(type: "TEXT", maxLength: 80, nullable: false),
                    MediaType = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Content = table.Column<byte[]>(type: "BLOB", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_BrandingFiles", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "BrandingRevisions",
                columns: table => new
                {
                    CompanyId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Revision = table.Column<long>(type: "INTEGER", nullable: false),
                    LogoFileId = table.Column<string>(type: "TEXT", maxLength: 80, nullable: true),
                    PrimaryColor = table.Column<string>(type: "TEXT", maxLength: 7, nullable: true),
                    AccentColor = table.Column<string>(type: "TEXT", maxLength: 7, nullable: true),
                    FontFamily = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    FontFileId = table.Column<string>(type: "TEXT", maxLength: 80, nullable: true),
                    FooterText = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_BrandingRevisions", x => new { x.CompanyId, x.Revision });
                    table.ForeignKey(
                        name: "FK_BrandingRevisions_BrandingFiles_FontFileId",
                        column: x => x.FontFileId,
                        principalTable: "BrandingFiles",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_BrandingRevisions_BrandingFiles_LogoFileId",
                        column: x => x.LogoFileId,
                        principalTable: "BrandingFiles",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_BrandingRevisions_Companies_CompanyId",
                        column: x => x.CompanyId,
                        principalTable: "Companies",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_BrandingRevisions_FontFileId",
                table: "BrandingRevisions",
                column: "FontFileId");

            migrationBuilder.CreateIndex(
                name: "IX_BrandingRevisions_LogoFileId",
                table: "BrandingRevisions",
                column: "LogoFileId");

            // Existing data: each company's branding becomes its revision 1 (logo and font moved to BrandingFiles under
            // ids of their own; the product names new files by their SHA-256). Documents issued before this migration
            // were printed with that branding and with the Handlebars default layouts: they record both, so they
            // render as they did.
            migrationBuilder.Sql("""
                INSERT INTO "BrandingFiles" ("Id", "MediaType", "Content")
                SELECT 'migrated-logo-' || lower("CompanyId"), "LogoMediaType", "Logo" FROM "CompanyBrandings"
                WHERE "Logo" IS NOT NULL AND "LogoMediaType" IS NOT NULL;
                """);
            migrationBuilder.Sql("""
                INSERT INTO "BrandingFiles" ("Id", "MediaType", "Content")
                SELECT 'migrated-font-' || lower("CompanyId"), "FontMediaType", "Font" FROM "CompanyBrandings"
                WHERE "Font" IS NOT NULL AND "FontMediaType" IS NOT NULL;
                """);
            migrationBuilder.Sql("""
                INSERT INTO "BrandingRevisions"
                    ("CompanyId", "Revision", "LogoFileId", "PrimaryColor", "AccentColor", "FontFamily", "FontFileId", "FooterText", "CreatedAt")
                SELECT "CompanyId", 1,
                    CASE WHEN "Logo" IS NOT NULL AND "LogoMediaType" IS NOT NULL THEN 'migrated-logo-' || lower("CompanyId") END,
                    "PrimaryColor", "AccentColor", "FontFamily",
                    CASE WHEN "Font" IS NOT NULL AND "FontMediaType" IS NOT NULL THEN 'migrated-font-' || lower("CompanyId") END,
                    "FooterText", "UpdatedAt"
                FROM "CompanyBrandings";
                """);
            migrationBuilder.Sql("""
                UPDATE "Documents" SET "BrandingRevision" = 1
                WHERE "SnapshotJson" IS NOT NULL AND "CompanyId" IN (SELECT "CompanyId" FROM "CompanyBrandings");
                """);
            migrationBuilder.Sql("""
                UPDATE "Documents" SET "DefaultLayoutEngineId" = 'handlebars' WHERE "SnapshotJson" IS NOT NULL;
                """);

            migrationBuilder.DropTable(
                name: "CompanyBrandings");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "CompanyBrandings",
                columns: table => new
                {
                    CompanyId = table.Column<Guid>(type: "TEXT", nullable: false),
                    AccentColor = table.Column<string>(type: "TEXT", maxLength: 7, nullable: true),
                    Font = table.Column<byte[]>(type: "BLOB", nullable: true),
                    FontFamily = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    FontMediaType = table.Column<string>(type: "TEXT", maxLength: 40, nullable: true),
                    FooterText = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    Logo = table.Column<byte[]>(type: "BLOB", nullable: true),
                    LogoMediaType = table.Column<string>(type: "TEXT", maxLength: 40, nullable: true),
                    PrimaryColor = table.Column<string>(type: "TEXT", maxLength: 7, nullable: true),
                    UpdatedAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CompanyBrandings", x => x.CompanyId);
                    table.ForeignKey(
                        name: "FK_CompanyBrandings_Companies_CompanyId",
                        column: x => x.CompanyId,
                        principalTable: "Companies",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            // Back to one row per company: its latest revision, with the bytes of its files.
            migrationBuilder.Sql("""
                INSERT INTO "CompanyBrandings"
                    ("CompanyId", "AccentColor", "Font", "FontFamily", "FontMediaType", "FooterText", "Logo", "LogoMediaType", "PrimaryColor", "UpdatedAt")
                SELECT r."CompanyId", r."AccentColor", font."Content", r."FontFamily", font."MediaType", r."FooterText",
                    logo."Content", logo."MediaType", r."PrimaryColor", r."CreatedAt"
                FROM "BrandingRevisions" r
                LEFT JOIN "BrandingFiles" logo ON logo."Id" = r."LogoFileId"
                LEFT JOIN "BrandingFiles" font ON font."Id" = r."FontFileId"
                WHERE r."Revision" = (SELECT MAX(latest."Revision") FROM "BrandingRevisions" latest WHERE latest."CompanyId" = r."CompanyId");
                """);

            migrationBuilder.DropTable(
                name: "BrandingRevisions");

            migrationBuilder.DropTable(
                name: "BrandingFiles");

            migrationBuilder.DropColumn(
                name: "BrandingRevision",
                table: "Documents");

            migrationBuilder.DropColumn(
                name: "DefaultLayoutEngineId",
                table: "Documents");
        }
    }
}
