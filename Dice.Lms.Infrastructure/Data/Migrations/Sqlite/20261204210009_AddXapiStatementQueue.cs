using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Dice.Lms.Infrastructure.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class AddXapiStatementQueue : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "XapiStatements",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Key = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    StatementId = table.Column<Guid>(type: "TEXT", nullable: false),
                    LearnerId = table.Column<string>(type: "TEXT", maxLength: 450, nullable: false),
                    Body = table.Column<string>(type: "TEXT", nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    NextAttemptAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Attempts = table.Column<int>(type: "INTEGER", nullable: false),
                    SentAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    LastError = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_XapiStatements", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_XapiStatements_Key",
                table: "XapiStatements",
                column: "Key",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_XapiStatements_LearnerId",
                table: "XapiStatements",
                column: "LearnerId");

            migrationBuilder.CreateIndex(
                name: "IX_XapiStatements_SentAt_NextAttemptAt",
                table: "XapiStatements",
                columns: new[] { "SentAt", "NextAttemptAt" });

            migrationBuilder.CreateIndex(
                name: "IX_XapiStatements_StatementId",
                table: "XapiStatements",
                column: "StatementId",
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "XapiStatements");
        }
    }
}
