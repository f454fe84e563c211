#!/usr/bin/env bash
# Adds one named migration to BOTH provider sets, so SQLite and PostgreSQL never drift apart.
# Usage: scripts/add-migration.sh NameOfChange
set -euo pipefail
name=${1:?usage: scripts/add-migration.sh NameOfChange}
cd "$(dirname "$0")/.."
dotnet tool restore >/dev/null
for provider in Sqlite Postgres; do
  dotnet tool run dotnet-ef migrations add "$name" \
    --project "src/Tandem.Migrations.$provider" \
    --startup-project "src/Tandem.Migrations.$provider" \
    --context TandemDbContext \
    --output-dir Migrations
done
