using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Dice.Lms.Infrastructure.Data.Migrations.SqlServer
{
    /// <inheritdoc />
    public partial class ModuleReviews : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<DateOnly>(
                name: "Reviewed",
                table: "ModuleVersionTexts",
                type: "date",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Sources",
                table: "ModuleVersionTexts",
                type: "nvarchar(max)",
                nullable: false,
                defaultValue: "");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "Reviewed",
                table: "ModuleVersionTexts");

            migrationBuilder.DropColumn(
                name: "Sources",
                table: "ModuleVersionTexts");
        }
    }
}
