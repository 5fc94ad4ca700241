using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Dice.Lms.Infrastructure.Data.Migrations.PostgreSql
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
                type: "character varying(10)",
                maxLength: 10,
                nullable: false,
                defaultValue: "");

            migrationBuilder.CreateIndex(
                name: "IX_ProficiencySnapshots_CohortId_Date_Location_AreaId_Competen~",
                table: "ProficiencySnapshots",
                columns: new[] { "CohortId", "Date", "Location", "AreaId", "Competence", "Level" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_ProficiencySnapshots_CohortId_Date_Location_AreaId_Competen~",
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
