#!/usr/bin/env bash
# Restores, builds, migrates SQLite at data/tandem.db, seeds the demo practice if the database is empty,
# and serves http://127.0.0.1:5080 (also the address its emailed links name).
# Set ConnectionStrings__Postgres to run the same app on PostgreSQL.
set -euo pipefail
cd "$(dirname "$0")"
root=$PWD

dotnet build src/Tandem.Web -c Release -nologo -v quiet
app=(dotnet "$root/src/Tandem.Web/bin/Release/net10.0/Tandem.Web.dll")
"${app[@]}" migrate --contentRoot "$root/src/Tandem.Web"
"${app[@]}" seed-demo --contentRoot "$root/src/Tandem.Web"
address=http://127.0.0.1:5080
echo "Serving Tandem on $address (Ctrl+C to stop)"
exec "${app[@]}" --urls "$address" --PublicBaseUrl "$address" --contentRoot "$root/src/Tandem.Web"
