#!/usr/bin/env bash
# Adds a migration for the three providers from the same model, and refreshes the SQL Server and PostgreSQL scripts in docs/sql/.
# Usage: scripts/add-migration.sh NAME
set -euo pipefail
cd "$(dirname "$0")/.."
name=${1:?usage: scripts/add-migration.sh MigrationName}
# Each model snapshot stays beside its migrations in Data/Migrations/<provider>/: EF keeps one where it finds it (and
# writes a first one under a folder named after its namespace, so move it there if a set is ever started again).
dotnet tool restore >/dev/null
common=(--project Dice.Lms.Infrastructure --startup-project Dice.Lms.Infrastructure)
dotnet ef migrations add "$name" "${common[@]}" --context SqliteLmsDbContext --output-dir Data/Migrations/Sqlite --namespace Dice.Lms.Infrastructure.Data.Migrations.Sqlite
dotnet ef migrations add "$name" "${common[@]}" --context SqlServerLmsDbContext --output-dir Data/Migrations/SqlServer --namespace Dice.Lms.Infrastructure.Data.Migrations.SqlServer
dotnet ef migrations add "$name" "${common[@]}" --context PostgreSqlLmsDbContext --output-dir Data/Migrations/PostgreSql --namespace Dice.Lms.Infrastructure.Data.Migrations.PostgreSql
mkdir -p docs/sql
dotnet ef migrations script --idempotent "${common[@]}" --context SqlServerLmsDbContext --output docs/sql/sqlserver-idempotent.sql
dotnet ef migrations script --idempotent "${common[@]}" --context PostgreSqlLmsDbContext --output docs/sql/postgresql-idempotent.sql
