using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Dice.Lms.Infrastructure.Data.Migrations.SqlServer
{
    /// <inheritdoc />
    public partial class ProficiencyByLocation : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_ProficiencySnapshots_CohortId_Date_AreaId_Level",
                table: "ProficiencySnapshots");

            migrationBuilder.AddColumn<string>(
                name: "Location",
                table: "ProficiencySnapshots",
                type: "nvarchar(200)",
                maxLength: 200,
                nullable: false,
                defaultValue: "");

            migrationBuilder.CreateIndex(
                name: "IX_ProficiencySnapshots_CohortId_Date_Location_AreaId_Level",
                table: "ProficiencySnapshots",
                columns: new[] { "CohortId", "Date", "Location", "AreaId", "Level" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_ProficiencySnapshots_CohortId_Date_Location_AreaId_Level",
                table: "ProficiencySnapshots");

            migrationBuilder.DropColumn(
                name: "Location",
                table: "ProficiencySnapshots");

            migrationBuilder.CreateIndex(
                name: "IX_ProficiencySnapshots_CohortId_Date_AreaId_Level",
                table: "ProficiencySnapshots",
                columns: new[] { "CohortId", "Date", "AreaId", "Level" },
                unique: true);
        }
    }
}
