using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Dice.Lms.Infrastructure.Data.Migrations.SqlServer
{
    /// <inheritdoc />
    public partial class Authoring : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "CourseTrainers",
                columns: table => new
                {
                    CourseId = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: false),
                    TrainerId = table.Column<string>(type: "nvarchar(450)", maxLength: 450, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CourseTrainers", x => new { x.CourseId, x.TrainerId });
                    table.ForeignKey(
                        name: "FK_CourseTrainers_AspNetUsers_TrainerId",
                        column: x => x.TrainerId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_CourseTrainers_Courses_CourseId",
                        column: x => x.CourseId,
                        principalTable: "Courses",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "ModuleDrafts",
                columns: table => new
                {
                    ModuleId = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: false),
                    Language = table.Column<string>(type: "nvarchar(5)", maxLength: 5, nullable: false),
                    Text = table.Column<string>(type: "nvarchar(max)", nullable: false),
                    Revision = table.Column<int>(type: "int", nullable: false),
                    SavedBy = table.Column<string>(type: "nvarchar(450)", maxLength: 450, nullable: false),
                    SavedAt = table.Column<DateTime>(type: "datetime2", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ModuleDrafts", x => new { x.ModuleId, x.Language });
                    table.ForeignKey(
                        name: "FK_ModuleDrafts_Modules_ModuleId",
                        column: x => x.ModuleId,
                        principalTable: "Modules",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "ModuleImages",
                columns: table => new
                {
                    ModuleId = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: false),
                    Path = table.Column<string>(type: "nvarchar(300)", maxLength: 300, nullable: false),
                    Hash = table.Column<string>(type: "nvarchar(64)", maxLength: 64, nullable: false),
                    AltText = table.Column<string>(type: "nvarchar(500)", maxLength: 500, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ModuleImages", x => new { x.ModuleId, x.Path });
                    table.ForeignKey(
                        name: "FK_ModuleImages_ModuleAssets_Hash",
                        column: x => x.Hash,
                        principalTable: "ModuleAssets",
                        principalColumn: "Hash",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_ModuleImages_Modules_ModuleId",
                        column: x => x.ModuleId,
                        principalTable: "Modules",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_CourseTrainers_TrainerId",
                table: "CourseTrainers",
                column: "TrainerId");

            migrationBuilder.CreateIndex(
                name: "IX_ModuleImages_Hash",
                table: "ModuleImages",
                column: "Hash");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "CourseTrainers");

            migrationBuilder.DropTable(
                name: "ModuleDrafts");

            migrationBuilder.DropTable(
                name: "ModuleImages");
        }
    }
}
