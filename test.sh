#!/usr/bin/env bash
# Installs what the tests need (Chromium, a throwaway PostgreSQL 15), runs every suite on SQLite and PostgreSQL,
# and ends with one line: "N passed, N failed, N skipped".
set -uo pipefail
cd "$(dirname "$0")"

as_root() { if [ "$(id -u)" = 0 ]; then "$@"; else sudo "$@"; fi; }

apt_updated=0
apt_install() {
  if [ "$apt_updated" = 0 ]; then as_root apt-get update -qq; apt_updated=1; fi
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$@"
}

[ -x /usr/bin/chromium ] || apt_install chromium
pgbin=/usr/lib/postgresql/15/bin
[ -x "$pgbin/initdb" ] || apt_install postgresql-15

# A throwaway cluster on a free loopback port, run as the postgres user (initdb refuses root).
pgroot=$(mktemp -d /tmp/tandem-pg.XXXXXX)
chmod 755 "$pgroot"
as_root chown postgres "$pgroot"
pgport=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
stop_postgres() {
  as_root runuser -u postgres -- "$pgbin/pg_ctl" -D "$pgroot/data" -m immediate stop >/dev/null 2>&1
  as_root rm -rf "$pgroot"
}
trap stop_postgres EXIT
as_root runuser -u postgres -- "$pgbin/initdb" -D "$pgroot/data" -A trust -U postgres >"$pgroot/initdb.log" 2>&1 \
  || { cat "$pgroot/initdb.log"; echo "0 passed, 1 failed"; exit 1; }
as_root runuser -u postgres -- "$pgbin/pg_ctl" -D "$pgroot/data" -l "$pgroot/server.log" -w \
  -o "-p $pgport -k $pgroot -c listen_addresses=127.0.0.1 -c fsync=on" start >/dev/null \
  || { cat "$pgroot/server.log"; echo "0 passed, 1 failed"; exit 1; }
export TANDEM_TEST_POSTGRES="Host=127.0.0.1;Port=$pgport;Username=postgres;Database=postgres"

log=$(mktemp /tmp/tandem-test.XXXXXX.log)
dotnet build Tandem.slnx -nologo -v quiet >>"$log" 2>&1
build_status=$?
grep -E " error |Warn|rror\(s\)" "$log" | sort -u || true
if [ "$build_status" != 0 ]; then
  echo "0 passed, 1 failed (the build failed)"
  exit 1
fi

dotnet test --solution Tandem.slnx --no-build 2>&1 | tee -a "$log"
status=${PIPESTATUS[0]}

total=$(grep -E '^\s+total: [0-9]+' "$log" | tail -1 | grep -oE '[0-9]+')
failed=$(grep -E '^\s+failed: [0-9]+' "$log" | tail -1 | grep -oE '[0-9]+')
passed=$(grep -E '^\s+succeeded: [0-9]+' "$log" | tail -1 | grep -oE '[0-9]+')
skipped=$(grep -E '^\s+skipped: [0-9]+' "$log" | tail -1 | grep -oE '[0-9]+')
if [ -z "$total" ]; then
  echo "0 passed, 1 failed (no test summary)"
  exit 1
fi
if [ "${failed:-0}" != 0 ]; then
  echo "Failed tests:"
  grep -E -A8 '^\s*failed ' "$log" | grep -v 'with [0-9]+ error' || true
fi
# Where the tests ran: each Web test class runs once on SQLite and once on PostgreSQL; the journeys drive Chromium.
listed() { dotnet "tests/$1/bin/Debug/net10.0/$1.dll" -list tests 2>/dev/null | grep -c "$2" || true; }
echo "Test cases: $(listed Tandem.Web.Tests '_Sqlite\.') Web tests on SQLite, $(listed Tandem.Web.Tests '_Postgres\.') on PostgreSQL 15," \
  "$(listed Tandem.Browser.Tests 'Journeys\.') Chromium journeys"
echo "${passed:-0} passed, ${failed:-0} failed, ${skipped:-0} skipped"
if [ "$status" != 0 ] || [ "${failed:-0}" != 0 ]; then exit 1; fi
exit 0
