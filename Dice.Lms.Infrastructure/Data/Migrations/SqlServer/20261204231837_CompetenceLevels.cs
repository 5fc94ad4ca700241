using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Dice.Lms.Infrastructure.Data.Migrations.SqlServer
{
    /// <inheritdoc />
    public partial class CompetenceLevels : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_ProficiencySnapshots_CohortId_Date_Location_AreaId_Level",
                table: "ProficiencySnapshots");

            migrationBuilder.AddColumn<string>(
                name: "Competence",
                table: "ProficiencySnapshots",
                type: "nvarchar(10)",
                maxLength: 10,
                nullable: false,
                defaultValue: "");

            migrationBuilder.CreateIndex(
                name: "IX_ProficiencySnapshots_CohortId_Date_Location_AreaId_Competence_Level",
                table: "ProficiencySnapshots",
                columns: new[] { "CohortId", "Date", "Location", "AreaId", "Competence", "Level" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_ProficiencySnapshots_CohortId_Date_Location_AreaId_Competence_Level",
                table: "ProficiencySnapshots");

            migrationBuilder.DropColumn(
                name: "Competence",
                table: "ProficiencySnapshots");

            migrationBuilder.CreateIndex(
                name: "IX_ProficiencySnapshots_CohortId_Date_Location_AreaId_Level",
                table: "ProficiencySnapshots",
                columns: new[] { "CohortId", "Date", "Location", "AreaId", "Level" },
                unique: true);
        }
    }
}
