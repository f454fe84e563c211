#!/usr/bin/env bash
# Adds one named migration to BOTH provider sets, so SQLite and PostgreSQL never drift apart.
# Usage: scripts/add-migration.sh NameOfChange
set -euo pipefail
name=${1:?usage: scripts/add-migration.sh NameOfChange}
cd "$(dirname "$0")/.."
dotnet tool restore >/dev/null
# "migrations remove" needs a live server for PostgreSQL; to redo an uncommitted migration, delete its files
# and restore the snapshot from git instead.
for provider in Sqlite Postgres; do
  dotnet tool run dotnet-ef migrations add "$name" \
    --project "src/Tandem.Migrations.$provider" \
    --startup-project "src/Tandem.Migrations.$provider" \
    --context TandemDbContext \
    --output-dir Migrations
done
