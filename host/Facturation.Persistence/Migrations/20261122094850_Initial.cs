using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Facturation.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class Initial : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "AuditEvents",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    At = table.Column<long>(type: "INTEGER", nullable: false),
                    Actor = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Action = table.Column<string>(type: "TEXT", maxLength: 60, nullable: false),
                    CompanyId = table.Column<Guid>(type: "TEXT", nullable: true),
                    EntityId = table.Column<Guid>(type: "TEXT", nullable: true),
                    Detail = table.Column<string>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AuditEvents", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Companies",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Code = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    LegalName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    LegalForm = table.Column<string>(type: "TEXT", nullable: true),
                    ShareCapital = table.Column<decimal>(type: "TEXT", nullable: true),
                    Siren = table.Column<string>(type: "TEXT", nullable: true),
                    Siret = table.Column<string>(type: "TEXT", nullable: true),
                    RcsCity = table.Column<string>(type: "TEXT", nullable: true),
                    VatNumber = table.Column<string>(type: "TEXT", nullable: true),
                    AddressLine1 = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    AddressLine2 = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    AddressLine3 = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    AddressPostCode = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    AddressCity = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    AddressCountry = table.Column<string>(type: "TEXT", maxLength: 2, nullable: false),
                    Iban = table.Column<string>(type: "TEXT", nullable: true),
                    Bic = table.Column<string>(type: "TEXT", nullable: true),
                    ElectronicAddress = table.Column<string>(type: "TEXT", nullable: true),
                    ElectronicAddressScheme = table.Column<string>(type: "TEXT", nullable: true),
                    Email = table.Column<string>(type: "TEXT", nullable: true),
                    AccountingCurrency = table.Column<string>(type: "TEXT", maxLength: 3, nullable: false),
                    TimeZone = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    PaymentTermsDays = table.Column<int>(type: "INTEGER", nullable: false),
                    TaxRegimeId = table.Column<string>(type: "TEXT", nullable: false),
                    NumberingSchemeId = table.Column<string>(type: "TEXT", nullable: false),
                    PluginSettings = table.Column<string>(type: "TEXT", nullable: false),
                    SourceId = table.Column<string>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Companies", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "CatalogItems",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    CompanyId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Code = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Description = table.Column<string>(type: "TEXT", nullable: false),
                    UnitCode = table.Column<string>(type: "TEXT", maxLength: 3, nullable: false),
                    UnitLabels = table.Column<string>(type: "TEXT", nullable: false),
                    UnitPrice = table.Column<decimal>(type: "TEXT", precision: 18, scale: 4, nullable: false),
                    TaxClass = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Nature = table.Column<string>(type: "TEXT", maxLength: 10, nullable: false),
                    ArchivedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    SourceId = table.Column<string>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CatalogItems", x => x.Id);
                    table.ForeignKey(
                        name: "FK_CatalogItems_Companies_CompanyId",
                        column: x => x.CompanyId,
                        principalTable: "Companies",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "Customers",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    CompanyId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Code = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Siren = table.Column<string>(type: "TEXT", nullable: true),
                    Siret = table.Column<string>(type: "TEXT", nullable: true),
                    VatNumber = table.Column<string>(type: "TEXT", nullable: true),
                    BillingLine1 = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    BillingLine2 = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    BillingLine3 = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    BillingPostCode = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    BillingCity = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    BillingCountry = table.Column<string>(type: "TEXT", maxLength: 2, nullable: false),
                    DeliveryLine1 = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    DeliveryLine2 = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    DeliveryLine3 = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    DeliveryPostCode = table.Column<string>(type: "TEXT", maxLength: 20, nullable: true),
                    DeliveryCity = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    DeliveryCountry = table.Column<string>(type: "TEXT", maxLength: 2, nullable: true),
                    ElectronicAddress = table.Column<string>(type: "TEXT", nullable: true),
                    ElectronicAddressScheme = table.Column<string>(type: "TEXT", nullable: true),
                    Currency = table.Column<string>(type: "TEXT", maxLength: 3, nullable: false),
                    PaymentTermsDays = table.Column<int>(type: "INTEGER", nullable: true),
                    Email = table.Column<string>(type: "TEXT", nullable: true),
                    ArchivedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    AnonymisedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    SourceId = table.Column<string>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Customers", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Customers_Companies_CompanyId",
                        column: x => x.CompanyId,
                        principalTable: "Companies",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "JournalEntries",
                columns: table => new
                {
                    CompanyId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Sequence = table.Column<long>(type: "INTEGER", nullable: false),
                    DocumentId = table.Column<Guid>(type: "TEXT", nullable: false),
                    DocumentNumber = table.Column<string>(type: "TEXT", maxLength: 60, nullable: false),
                    SnapshotHash = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    PreviousHash = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    EntryHash = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    RecordedAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_JournalEntries", x => new { x.CompanyId, x.Sequence });
                    table.ForeignKey(
                        name: "FK_JournalEntries_Companies_CompanyId",
                        column: x => x.CompanyId,
                        principalTable: "Companies",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "NumberingCounters",
                columns: table => new
                {
                    CompanyId = table.Column<Guid>(type: "TEXT", nullable: false),
                    SeriesKey = table.Column<string>(type: "TEXT", maxLength: 80, nullable: false),
                    LastValue = table.Column<long>(type: "INTEGER", nullable: false),
                    LastIssueDate = table.Column<DateOnly>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_NumberingCounters", x => new { x.CompanyId, x.SeriesKey });
                    table.ForeignKey(
                        name: "FK_NumberingCounters_Companies_CompanyId",
                        column: x => x.CompanyId,
                        principalTable: "Companies",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "Documents",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    CompanyId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Type = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    CustomerId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Number = table.Column<string>(type: "TEXT", maxLength: 60, nullable: true),
                    SeriesKey = table.Column<string>(type: "TEXT", maxLength: 80, nullable: true),
                    SeriesCounter = table.Column<long>(type: "INTEGER", nullable: true),
                    IssueDate = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    DeliveryDate = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    DueDate = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    Currency = table.Column<string>(type: "TEXT", maxLength: 3, nullable: false),
                    ExchangeRate = table.Column<decimal>(type: "TEXT", precision: 18, scale: 8, nullable: true),
                    ExchangeRateDate = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    ExchangeRateSource = table.Column<string>(type: "TEXT", nullable: true),
                    PurchaseOrderReference = table.Column<string>(type: "TEXT", nullable: true),
                    PaymentTerms = table.Column<string>(type: "TEXT", nullable: true),
                    Note = table.Column<string>(type: "TEXT", nullable: true),
                    CorrectedDocumentId = table.Column<Guid>(type: "TEXT", nullable: true),
                    SourceQuoteId = table.Column<Guid>(type: "TEXT", nullable: true),
                    DepositPercentage = table.Column<decimal>(type: "TEXT", precision: 9, scale: 4, nullable: true),
                    SnapshotJson = table.Column<string>(type: "TEXT", nullable: true),
                    SnapshotHash = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    TaxExclusiveMinor = table.Column<long>(type: "INTEGER", nullable: false),
                    TaxTotalMinor = table.Column<long>(type: "INTEGER", nullable: false),
                    TaxInclusiveMinor = table.Column<long>(type: "INTEGER", nullable: false),
                    CreditedMinor = table.Column<long>(type: "INTEGER", nullable: false),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    IssuedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    SourceId = table.Column<string>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Documents", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Documents_Companies_CompanyId",
                        column: x => x.CompanyId,
                        principalTable: "Companies",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Documents_Customers_CustomerId",
                        column: x => x.CustomerId,
                        principalTable: "Customers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "DocumentAllowancesCharges",
                columns: table => new
                {
                    Position = table.Column<int>(type: "INTEGER", nullable: false),
                    DocumentId = table.Column<Guid>(type: "TEXT", nullable: false),
                    IsCharge = table.Column<bool>(type: "INTEGER", nullable: false),
                    Amount = table.Column<decimal>(type: "TEXT", precision: 18, scale: 2, nullable: false),
                    TaxClass = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Reason = table.Column<string>(type: "TEXT", nullable: false),
                    Percentage = table.Column<decimal>(type: "TEXT", precision: 9, scale: 4, nullable: true),
                    BaseAmount = table.Column<decimal>(type: "TEXT", precision: 18, scale: 2, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_DocumentAllowancesCharges", x => new { x.DocumentId, x.Position });
                    table.ForeignKey(
                        name: "FK_DocumentAllowancesCharges_Documents_DocumentId",
                        column: x => x.DocumentId,
                        principalTable: "Documents",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "DocumentLines",
                columns: table => new
                {
                    Position = table.Column<int>(type: "INTEGER", nullable: false),
                    DocumentId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ItemCode = table.Column<string>(type: "TEXT", nullable: true),
                    Description = table.Column<string>(type: "TEXT", nullable: false),
                    Quantity = table.Column<decimal>(type: "TEXT", precision: 18, scale: 6, nullable: false),
                    UnitCode = table.Column<string>(type: "TEXT", maxLength: 3, nullable: false),
                    UnitPrice = table.Column<decimal>(type: "TEXT", precision: 18, scale: 4, nullable: false),
                    Discount = table.Column<decimal>(type: "TEXT", precision: 18, scale: 2, nullable: false),
                    Nature = table.Column<string>(type: "TEXT", maxLength: 10, nullable: false),
                    TaxClass = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    FixedCategory = table.Column<string>(type: "TEXT", maxLength: 30, nullable: true),
                    FixedRate = table.Column<decimal>(type: "TEXT", precision: 9, scale: 4, nullable: true),
                    FixedExemptionReason = table.Column<string>(type: "TEXT", nullable: true),
                    FixedExemptionCode = table.Column<string>(type: "TEXT", nullable: true),
                    FixedTaxPoint = table.Column<string>(type: "TEXT", maxLength: 20, nullable: true),
                    DeductedDocumentId = table.Column<Guid>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_DocumentLines", x => new { x.DocumentId, x.Position });
                    table.ForeignKey(
                        name: "FK_DocumentLines_Documents_DocumentId",
                        column: x => x.DocumentId,
                        principalTable: "Documents",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_AuditEvents_CompanyId_At",
                table: "AuditEvents",
                columns: new[] { "CompanyId", "At" });

            migrationBuilder.CreateIndex(
                name: "IX_CatalogItems_CompanyId_Code",
                table: "CatalogItems",
                columns: new[] { "CompanyId", "Code" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_CatalogItems_CompanyId_SourceId",
                table: "CatalogItems",
                columns: new[] { "CompanyId", "SourceId" });

            migrationBuilder.CreateIndex(
                name: "IX_Companies_Code",
                table: "Companies",
                column: "Code",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Companies_SourceId",
                table: "Companies",
                column: "SourceId");

            migrationBuilder.CreateIndex(
                name: "IX_Customers_CompanyId_Code",
                table: "Customers",
                columns: new[] { "CompanyId", "Code" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Customers_CompanyId_Email",
                table: "Customers",
                columns: new[] { "CompanyId", "Email" });

            migrationBuilder.CreateIndex(
                name: "IX_Customers_CompanyId_Name",
                table: "Customers",
                columns: new[] { "CompanyId", "Name" });

            migrationBuilder.CreateIndex(
                name: "IX_Customers_CompanyId_Siren",
                table: "Customers",
                columns: new[] { "CompanyId", "Siren" });

            migrationBuilder.CreateIndex(
                name: "IX_Customers_CompanyId_SourceId",
                table: "Customers",
                columns: new[] { "CompanyId", "SourceId" });

            migrationBuilder.CreateIndex(
                name: "IX_Customers_CompanyId_VatNumber",
                table: "Customers",
                columns: new[] { "CompanyId", "VatNumber" });

            migrationBuilder.CreateIndex(
                name: "IX_Documents_CompanyId_CustomerId_IssueDate",
                table: "Documents",
                columns: new[] { "CompanyId", "CustomerId", "IssueDate" });

            migrationBuilder.CreateIndex(
                name: "IX_Documents_CompanyId_Number",
                table: "Documents",
                columns: new[] { "CompanyId", "Number" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Documents_CompanyId_SeriesKey_SeriesCounter",
                table: "Documents",
                columns: new[] { "CompanyId", "SeriesKey", "SeriesCounter" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Documents_CompanyId_SourceId",
                table: "Documents",
                columns: new[] { "CompanyId", "SourceId" });

            migrationBuilder.CreateIndex(
                name: "IX_Documents_CompanyId_TaxInclusiveMinor",
                table: "Documents",
                columns: new[] { "CompanyId", "TaxInclusiveMinor" });

            migrationBuilder.CreateIndex(
                name: "IX_Documents_CompanyId_Type_Status_IssueDate",
                table: "Documents",
                columns: new[] { "CompanyId", "Type", "Status", "IssueDate" });

            migrationBuilder.CreateIndex(
                name: "IX_Documents_CustomerId",
                table: "Documents",
                column: "CustomerId");

            migrationBuilder.CreateIndex(
                name: "IX_JournalEntries_DocumentId",
                table: "JournalEntries",
                column: "DocumentId",
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "AuditEvents");

            migrationBuilder.DropTable(
                name: "CatalogItems");

            migrationBuilder.DropTable(
                name: "DocumentAllowancesCharges");

            migrationBuilder.DropTable(
                name: "DocumentLines");

            migrationBuilder.DropTable(
                name: "JournalEntries");

            migrationBuilder.DropTable(
                name: "NumberingCounters");

            migrationBuilder.DropTable(
                name: "Documents");

            migrationBuilder.DropTable(
                name: "Customers");

            migrationBuilder.DropTable(
                name: "Companies");
        }
    }
}
