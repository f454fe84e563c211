#!/usr/bin/env bash
# The load benchmark a person runs (never part of ./test.sh, never a timed unit test).
#
#   bench/run.sh                 SQLite, then PostgreSQL 15 (a throwaway cluster, made like ./test.sh makes it)
#   bench/run.sh --sqlite        SQLite only
#   bench/run.sh --postgres      PostgreSQL only
#   BENCH_QUICK=1 bench/run.sh   a check of the script in a few minutes: sizes "demo 300", 3 s warm-up, 5 s runs
#
# It builds Release, installs wrk (and sqlite3, PostgreSQL 15 when needed) from Debian, and for each provider and size
# (the demo practice, then `seed-large` at 1,000 and 10,000 clients) generates a fresh database and serves it with the
# Release build pinned to one core (BENCH_SERVER_CPU, 0) while wrk drives it from another (BENCH_LOAD_CPU, 1), signed
# in as the personas of one couple's case: its clinician (a team member without two-factor), one of its clients, and
# the practice admin (for the access report's client picker).
# Once the server is up, every page is driven in turn (BENCH_SERVER_WARM seconds each, 10) while the JIT recompiles the
# hot code; then every page is warmed again (BENCH_WARM seconds, 15) just before it is timed (BENCH_DURATION seconds,
# 15) at BENCH_CONNECTIONS (32); the exports at BENCH_EXPORT_CONNECTIONS (4); the audited form writes at
# BENCH_WRITE_CONNECTIONS (8). BENCH_SIZES overrides the sizes ("demo 1000 10000"), BENCH_DIR the scratch folder.
#
# It prints, per provider and size:
# - a table per page: req/s, p50/p95/p99 latency, the ratio to the anonymous sign-in page and to the sign-in page
#   fetched signed in (no page work beyond the session check), SQL statements per request (counted from EF Core's
#   command log in a separate run, one request per page, never during the timed load), response size, server RSS
#   after the page's run, and errors (timeouts, refused connections, responses other than 2xx/3xx);
# - the outcome report and its CSV and FHIR exports cold (the first request after start-up) and warm (one request
#   after their load runs), with their size and what came back (a file, or the page saying the range is too small);
# - audited writes (a case note posted through the real form, antiforgery token included) against raw inserts of one
#   row per transaction on the same disk: sqlite3 with synchronous=FULL in WAL mode, one connection (SQLite has one
#   writer), or pgbench at the same connections on PostgreSQL;
# - start-up time (process launch to the first page served) and the server's peak RSS (VmHWM).
# Ratios, so figures compare across machines. Results are printed, not saved.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$PWD

providers=()
for arg in "$@"; do
  case "$arg" in
    --sqlite) providers+=(sqlite) ;;
    --postgres) providers+=(postgres) ;;
    *) echo "Usage: bench/run.sh [--sqlite] [--postgres]" >&2; exit 2 ;;
  esac
done
[ ${#providers[@]} -gt 0 ] || providers=(sqlite postgres)

if [ "${BENCH_QUICK:-0}" = 1 ]; then
  warm=${BENCH_WARM:-3}; duration=${BENCH_DURATION:-5}; sizes=${BENCH_SIZES:-"demo 300"}; raw_rows=${BENCH_RAW_ROWS:-300}
  server_warm=${BENCH_SERVER_WARM:-1}
else
  warm=${BENCH_WARM:-15}; duration=${BENCH_DURATION:-15}; sizes=${BENCH_SIZES:-"demo 1000 10000"}; raw_rows=${BENCH_RAW_ROWS:-2000}
  server_warm=${BENCH_SERVER_WARM:-10}
fi
connections=${BENCH_CONNECTIONS:-32}
export_connections=${BENCH_EXPORT_CONNECTIONS:-4}
write_connections=${BENCH_WRITE_CONNECTIONS:-8}
request_timeout=${BENCH_TIMEOUT:-60}
server_cpu=${BENCH_SERVER_CPU:-0}
load_cpu=${BENCH_LOAD_CPU:-1}
password=Tandem-Demo-2026
lua=$root/bench/report.lua

if [ "$(nproc)" -lt 2 ]; then echo "The benchmark needs two cores: one for the server, one for wrk." >&2; exit 1; fi

as_root() { if [ "$(id -u)" = 0 ]; then "$@"; else sudo "$@"; fi; }
apt_updated=0
apt_install() {
  if [ "$apt_updated" = 0 ]; then as_root apt-get update -qq; apt_updated=1; fi
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$@" >/dev/null
}
command -v wrk >/dev/null || apt_install wrk
command -v sqlite3 >/dev/null || apt_install sqlite3
command -v curl >/dev/null || apt_install curl
pgbin=/usr/lib/postgresql/15/bin
if [[ " ${providers[*]} " == *" postgres "* ]] && [ ! -x "$pgbin/initdb" ]; then apt_install postgresql-15; fi

echo "Building Release..."
dotnet build src/Tandem.Web -c Release -nologo -v quiet >/dev/null
dll=$root/src/Tandem.Web/bin/Release/net10.0/Tandem.Web.dll

scratch=${BENCH_DIR:-$(mktemp -d /tmp/tandem-bench.XXXXXX)}
mkdir -p "$scratch"
free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'; }
port=$(free_port)
base=http://127.0.0.1:$port
server_pid=
pgroot=

cleanup() {
  stop_server
  if [ -n "$pgroot" ]; then
    as_root runuser -u postgres -- "$pgbin/pg_ctl" -D "$pgroot/data" -m immediate stop >/dev/null 2>&1 || true
    as_root rm -rf "$pgroot"
  fi
  [ -n "${BENCH_DIR:-}" ] || rm -rf "$scratch"
}
trap cleanup EXIT

fail() { echo "FAILED: $*" >&2; exit 1; }
now_ms() { echo $(( $(date +%s%N) / 1000000 )); }
mb() { awk -v k="$2" '$1 == k":" { printf "%d", $2 / 1024 }' "/proc/$1/status"; }

# --- PostgreSQL: a throwaway cluster on a free loopback port, run as the postgres user (initdb refuses root) ---
start_postgres() {
  pgroot=$(mktemp -d /tmp/tandem-bench-pg.XXXXXX)
  chmod 755 "$pgroot"
  as_root chown postgres "$pgroot"
  pgport=$(free_port)
  as_root runuser -u postgres -- "$pgbin/initdb" -D "$pgroot/data" -A trust -U postgres >"$pgroot/initdb.log" 2>&1 \
    || { cat "$pgroot/initdb.log"; fail "initdb"; }
  as_root runuser -u postgres -- "$pgbin/pg_ctl" -D "$pgroot/data" -l "$pgroot/server.log" -w \
    -o "-p $pgport -k $pgroot -c listen_addresses=127.0.0.1 -c fsync=on" start >/dev/null \
    || { cat "$pgroot/server.log"; fail "PostgreSQL did not start"; }
}
psql_run() { PGOPTIONS="-c client_min_messages=warning" "$pgbin/psql" -X -q -At -v ON_ERROR_STOP=1 -h 127.0.0.1 -p "$pgport" -U postgres -d "$1" -c "$2"; }

# --- the app's settings for one provider and size, as environment variables ---
configure() { # provider size
  local dir=$scratch/$1-$2
  mkdir -p "$dir"
  export ASPNETCORE_ENVIRONMENT=Production
  export Audit__KeyFile=$dir/audit.key Audit__HeadDirectory=$dir/audit-heads Reports__PseudonymKeyFile=$dir/pseudonym.key
  export Records__ExportDirectory=$dir/record-exports Email__Outbox=$dir/outbox PublicBaseUrl=$base
  export SignIn__AttemptsPerMinutePerAddress=100000000 Booking__PostsPerHourPerAddress=100000000 Reminders__IntervalMinutes=0
  if [ "$1" = sqlite ]; then
    sqlite_file=$dir/tandem.db
    export ConnectionStrings__Sqlite="Data Source=$sqlite_file" ConnectionStrings__Postgres=
  else
    pgdb=bench_$2
    export ConnectionStrings__Postgres="Host=127.0.0.1;Port=$pgport;Username=postgres;Database=$pgdb"
  fi
  workdir=$dir
}
query() { if [ "$provider" = sqlite ]; then sqlite3 "$sqlite_file" "$1"; else psql_run "$pgdb" "$1"; fi; }
app() { dotnet "$dll" "$@" --contentRoot "$root/src/Tandem.Web"; }

start_server() { # log file, extra host arguments
  local log=$1; shift
  local started; started=$(now_ms)
  taskset -c "$server_cpu" dotnet "$dll" --urls "$base" --contentRoot "$root/src/Tandem.Web" "$@" >"$log" 2>&1 &
  server_pid=$!
  until [ "$(curl -s -o /dev/null -w '%{http_code}' "$base/Account/Login" || true)" = 200 ]; do
    kill -0 "$server_pid" 2>/dev/null || { tail -30 "$log"; fail "the server stopped"; }
    [ $(( $(now_ms) - started )) -lt 120000 ] || fail "the server did not answer within 2 minutes"
    sleep 0.02
  done
  startup_ms=$(( $(now_ms) - started ))
}
stop_server() {
  if [ -n "$server_pid" ]; then kill "$server_pid" 2>/dev/null || true; wait "$server_pid" 2>/dev/null || true; fi
  server_pid=
}

# Requests that wrk stopped waiting for still run on the server: wait until it is idle (under 5% of its core for 0.5 s).
wait_idle() {
  local started; started=$(now_ms)
  cpu_ticks() { awk '{ print $14 + $15 }' "/proc/$server_pid/stat"; }
  local a b; a=$(cpu_ticks)
  while sleep 0.5; b=$(cpu_ticks); [ $((b - a)) -gt $(( $(getconf CLK_TCK) / 40 )) ]; do
    a=$b
    [ $(( $(now_ms) - started )) -lt 300000 ] || fail "the server stayed busy for 5 minutes"
  done
}

# --- personas: a curl cookie jar each; wrk gets the cookies as a header ---
sign_in() { # jar email
  local jar=$1 page=$workdir/login.html token location
  rm -f "$jar"
  curl -s -c "$jar" -b "$jar" -o "$page" "$base/Account/Login"
  token=$(grep -o 'name="__RequestVerificationToken" type="hidden" value="[^"]*"' "$page" | head -1 | sed 's/.*value="//; s/"$//')
  location=$(curl -s -c "$jar" -b "$jar" -o /dev/null -w '%{http_code} %{redirect_url}' --data-urlencode "Input.Email=$2" \
    --data-urlencode "Input.Password=$password" --data-urlencode "__RequestVerificationToken=$token" "$base/Account/Login")
  case "$location" in
    302\ *SecondFactor*|302\ *TwoFactor*) fail "$2 is asked for a second factor ($location)" ;;
    302\ *) ;;
    *) fail "$2 could not sign in ($location)" ;;
  esac
}
cookie_of() { awk -F'\t' 'NF >= 7 && (!/^#/ || /^#HttpOnly_/) { printf "%s%s=%s", (n++ ? "; " : ""), $6, $7 }' "$1"; }
jar_of() { echo "$workdir/$1.jar"; }
# The anonymous visitor keeps the antiforgery cookie of its first visit, as a browser does; the others sign in.
sign_in_everyone() { curl -s -c "$(jar_of anonymous)" -o /dev/null "$base/Account/Login"; sign_in "$(jar_of clinician)" "$clinician"; sign_in "$(jar_of client)" "$client"; sign_in "$(jar_of admin)" "$admin"; }

# One request with curl: "<status> <bytes> <ms> <content type>".
fetch() { # persona path [body]
  local args=(-s -o /dev/null -w '%{http_code} %{size_download} %{time_total} %{content_type}' -b "$(jar_of "$1")")
  [ -z "${3:-}" ] || args+=(-H "Content-Type: application/x-www-form-urlencoded" --data-binary "$3")
  curl "${args[@]}" "$base$2" | awk '{ printf "%s %s %.1f %s\n", $1, $2, $3 * 1000, ($4 == "" ? "-" : $4) }'
}

# The pages: name|persona|path|connections. The signed-in sign-in page is the baseline with no page work.
pages() {
  cat <<EOF
sign-in, anonymous|anonymous|/Account/Login|$connections
sign-in, signed in|clinician|/Account/Login|$connections
dashboard|clinician|/Dashboard|$connections
case page (couple)|clinician|/Cases/$case_id|$connections
case outcome charts|clinician|/Cases/$case_id/Measures|$connections
dosing record|clinician|/Dosing/$dosing_id|$connections
portal home|client|/Portal|$connections
portal journal|client|/Portal/Journal|$connections
admin access report|admin|/Admin/Access|$connections
outcome report|clinician|/Reports/Outcomes|$connections
report CSV|clinician|/Reports/Outcomes?handler=Csv|$export_connections
report FHIR|clinician|/Reports/Outcomes?handler=Fhir|$export_connections
EOF
}

note_token() { # a form token for the clinician's session, from the case page
  curl -s -b "$(jar_of clinician)" "$base/Cases/$case_id" \
    | grep -o 'name="__RequestVerificationToken" type="hidden" value="[^"]*"' | head -1 | sed 's/.*value="//; s/"$//'
}

# --- one provider and size ---
generate() { # size
  local started; started=$(now_ms)
  if [ "$provider" = postgres ]; then psql_run postgres "DROP DATABASE IF EXISTS $pgdb" >/dev/null; fi
  app migrate >"$workdir/seed.log" 2>&1 || { tail -20 "$workdir/seed.log"; fail "migrate"; }
  if [ "$1" = demo ]; then
    app seed-demo >>"$workdir/seed.log" 2>&1 || { tail -20 "$workdir/seed.log"; fail "seed-demo"; }
    slug=demo
  else
    app seed-large --clients "$1" --seed 1 >>"$workdir/seed.log" 2>&1 || { tail -20 "$workdir/seed.log"; fail "seed-large"; }
    slug=large
  fi
  seed_s=$(awk -v ms=$(( $(now_ms) - started )) 'BEGIN { printf "%.0f", ms / 1000 }')
}

choose_case() {
  # The first couple's case (in creation order) with a signed dosing session and a clinician without two-factor on its team.
  case_id=$(query "SELECT c.\"Id\" FROM \"Cases\" c JOIN \"Practices\" p ON p.\"Id\" = c.\"PracticeId\"
    WHERE p.\"Slug\" = '$slug' AND c.\"Kind\" = 2
      AND EXISTS (SELECT 1 FROM \"DosingSessions\" d WHERE d.\"CaseId\" = c.\"Id\" AND d.\"SignedAt\" IS NOT NULL)
      AND EXISTS (SELECT 1 FROM \"CaseTeamMembers\" t JOIN \"AspNetUsers\" u ON u.\"Id\" = t.\"StaffId\"
                  WHERE t.\"CaseId\" = c.\"Id\" AND u.\"TwoFactorEnabled\" = false)
    ORDER BY c.\"Id\" LIMIT 1")
  [ -n "$case_id" ] || fail "no couple's case with a signed dosing session"
  dosing_id=$(query "SELECT \"SeriesSessionId\" FROM \"DosingSessions\" WHERE \"CaseId\" = '$case_id' AND \"SignedAt\" IS NOT NULL
    ORDER BY \"SignedAt\" DESC LIMIT 1")
  clinician=$(query "SELECT u.\"Email\" FROM \"CaseTeamMembers\" t JOIN \"AspNetUsers\" u ON u.\"Id\" = t.\"StaffId\"
    WHERE t.\"CaseId\" = '$case_id' AND u.\"TwoFactorEnabled\" = false ORDER BY t.\"IsLead\" DESC, u.\"Email\" LIMIT 1")
  client=$(query "SELECT u.\"Email\" FROM \"CaseParticipants\" cp JOIN \"Clients\" cl ON cl.\"Id\" = cp.\"ClientId\"
    JOIN \"AspNetUsers\" u ON u.\"Id\" = cl.\"UserId\" WHERE cp.\"CaseId\" = '$case_id' ORDER BY u.\"Email\" LIMIT 1")
  admin=$(query "SELECT u.\"Email\" FROM \"AspNetUsers\" u JOIN \"AspNetUserRoles\" ur ON ur.\"UserId\" = u.\"Id\"
    JOIN \"AspNetRoles\" r ON r.\"Id\" = ur.\"RoleId\" JOIN \"Practices\" p ON p.\"Id\" = u.\"PracticeId\"
    WHERE p.\"Slug\" = '$slug' AND r.\"Name\" = 'PracticeAdmin' AND u.\"TwoFactorEnabled\" = false ORDER BY u.\"Email\" LIMIT 1")
  [ -n "$clinician" ] && [ -n "$client" ] && [ -n "$admin" ] || fail "no clinician, client or admin login for case $case_id"
}

declare -A sql_count
count_sql() {
  local log=$workdir/sql.log name persona path conns before after body
  start_server "$log" "--Logging:LogLevel:Microsoft.EntityFrameworkCore.Database.Command=Information"
  sign_in_everyone
  statements() { sleep 0.3; grep -cE "Executed DbCommand|Failed executing DbCommand" "$log" || true; }
  while IFS='|' read -r name persona path conns; do
    fetch "$persona" "$path" >/dev/null
    before=$(statements)
    fetch "$persona" "$path" >/dev/null
    after=$(statements)
    sql_count[$name]=$((after - before))
  done < <(pages)
  body="Note.Text=Bench+note&__RequestVerificationToken=$(note_token)"
  before=$(statements)
  fetch clinician "/Cases/$case_id?handler=Note" "$body" >/dev/null
  after=$(statements)
  sql_count["case note posted"]=$((after - before))
  stop_server
}

# On one busy core the JIT goes on recompiling hot code, optimised, for a minute or more after start-up (a case page
# served 50 req/s after 15 s of load and 100 after two minutes), and the pages share most of that code: every page is
# driven in turn before any is timed, so the first pages timed are not measured half-compiled.
warm_server() {
  local name persona path conns
  while IFS='|' read -r name persona path conns; do
    taskset -c "$load_cpu" wrk -t1 -c"$conns" -d"${server_warm}s" --timeout "${request_timeout}s" \
      -H "Cookie: $(cookie_of "$(jar_of "$persona")")" "$base$path" >/dev/null
  done < <(pages)
}

# wrk for the warm-up, then for the timed run; appends a row to $rows.
load() { # name persona path connections [body] -> row
  local name=$1 persona=$2 path=$3 conns=$4 body=${5:-} expect=200 jar cookie line before after alone
  [ -z "$body" ] || expect=302
  jar=$(jar_of "$persona")
  wait_idle
  cookie=(-H "Cookie: $(cookie_of "$jar")")
  before=$(fetch "$persona" "$path" "$body")
  [ "${before%% *}" = "$expect" ] || fail "$name: $path answered $before before its run (expected $expect)"
  if [ -n "$body" ]; then # a write must land: redirected back to the case, not to the sign-in page or an error
    local to; to=$(curl -s -b "$jar" -o /dev/null -w '%{http_code} %{redirect_url}' -H "Content-Type: application/x-www-form-urlencoded" --data-binary "$body" "$base$path")
    [[ "${to,,}" == "302 "*"/cases/${case_id,,}"* ]] || fail "$name: $path answered $to"
  fi
  BENCH_BODY=$body taskset -c "$load_cpu" wrk -t1 -c"$conns" -d"${warm}s" --timeout "${request_timeout}s" -s "$lua" "${cookie[@]}" "$base$path" >/dev/null
  line=$(BENCH_BODY=$body taskset -c "$load_cpu" wrk -t1 -c"$conns" -d"${duration}s" --timeout "${request_timeout}s" -s "$lua" "${cookie[@]}" "$base$path" | grep '^BENCH ' || true)
  [ -n "$line" ] || fail "$name: wrk printed no figures"
  local rss; rss=$(mb "$server_pid" VmRSS)
  wait_idle
  after=$(fetch "$persona" "$path" "$body")
  [ "${after%% *}" = "$expect" ] || fail "$name: $path answered $after after its run (expected $expect)"
  alone=$(echo "$after" | cut -d' ' -f3)
  # name | req/s p50 p95 p99 requests socket-errors bad-status | SQL | KB | RSS MB | connections | one request alone, ms
  echo "$name|${line#BENCH }|${sql_count[$name]:-?}|$(awk -v b="$(echo "$before" | cut -d' ' -f2)" 'BEGIN { printf "%.0f", b / 1024 }')|$rss|$conns|$alone" >>"$rows"
}

raw_inserts() { # -> raw_rate (rows/s), raw_how
  if [ "$provider" = sqlite ]; then
    local file=$workdir/raw.db script=$workdir/raw.sql started ms
    sqlite3 "$file" "PRAGMA journal_mode=WAL; CREATE TABLE raw (id INTEGER PRIMARY KEY, practice TEXT NOT NULL, body TEXT NOT NULL, at TEXT NOT NULL);" >/dev/null
    { echo "PRAGMA journal_mode=WAL; PRAGMA synchronous=FULL;"
      for i in $(seq "$raw_rows"); do echo "INSERT INTO raw (practice, body, at) VALUES ('bench', 'Bench note $i', strftime('%Y-%m-%dT%H:%M:%f', 'now'));"; done
    } >"$script"
    local rates=() run
    for run in 1 2 3; do
      started=$(date +%s%N)
      taskset -c "$server_cpu" sqlite3 "$file" <"$script" >/dev/null
      ms=$(( ($(date +%s%N) - started) / 1000000 ))
      rates+=("$(awk -v n="$raw_rows" -v ms="$ms" 'BEGIN { printf "%.1f", n * 1000 / ms }')")
    done
    raw_rate=$(printf '%s\n' "${rates[@]}" | sort -g | sed -n 2p)
    raw_how="sqlite3, median of 3 runs of $raw_rows rows (${rates[*]}), one per transaction, WAL + synchronous=FULL, 1 connection"
  else
    psql_run "$pgdb" "CREATE TABLE bench_raw (id bigserial PRIMARY KEY, practice text NOT NULL, body text NOT NULL, at timestamptz NOT NULL DEFAULT now())"
    echo "INSERT INTO bench_raw (practice, body) VALUES ('bench', 'Bench note');" >"$workdir/raw.sql"
    raw_rate=$(taskset -c "$load_cpu" "$pgbin/pgbench" -n -h 127.0.0.1 -p "$pgport" -U postgres -c "$write_connections" -j 1 \
      -T "$duration" -f "$workdir/raw.sql" "$pgdb" 2>/dev/null | awk '/^tps = / { printf "%.1f", $3 }')
    psql_run "$pgdb" "DROP TABLE bench_raw"
    raw_rate=${raw_rate:-0}
    raw_how="pgbench, one row per transaction, synchronous_commit on, $write_connections connections"
  fi
}

print_table() {
  awk -F'|' '
    function ratio(x, base) { return base > 0 ? sprintf("%.2f", x / base) : "-" }
    { name[NR] = $1; split($2, m, " "); rps[NR] = m[1]; p50[NR] = m[2]; p95[NR] = m[3]; p99[NR] = m[4]
      errs[NR] = m[6] + m[7]; sql[NR] = $3; kb[NR] = $4; rss[NR] = $5; conns[NR] = $6; alone[NR] = $7; done[NR] = m[5]
      if ($1 == "sign-in, anonymous") anon = m[1]; if ($1 == "sign-in, signed in") signed = m[1] }
    END {
      printf "%-22s %9s %9s %9s %9s %8s %9s %6s %8s %7s %5s %6s %9s\n", "page", "req/s", "p50 ms", "p95 ms", "p99 ms", "x anon", "x signed", "SQL", "KB", "RSS MB", "conn", "errors", "alone ms"
      for (i = 1; i <= NR; i++)
        if (done[i] > 0)
          printf "%-22s %9.1f %9.1f %9.1f %9.1f %8s %9s %6s %8s %7s %5s %6s %9s\n", name[i], rps[i], p50[i], p95[i], p99[i], ratio(rps[i], anon), ratio(rps[i], signed), sql[i], kb[i], rss[i], conns[i], errs[i], alone[i]
        else
          printf "%-22s %9s %9s %9s %9s %8s %9s %6s %8s %7s %5s %6s %9s  (no response completed within the run)\n", name[i], "0", "-", "-", "-", "0", "0", sql[i], kb[i], rss[i], conns[i], errs[i], alone[i]
    }' "$rows"
}

bench_size() { # size
  local size=$1 label
  configure "$provider" "$size"
  label=$([ "$size" = demo ] && echo "the demo practice" || echo "$size generated clients")
  echo
  echo "=== $provider, $label ==="
  generate "$size"
  choose_case
  echo "generated in $seed_s s; case $case_id, dosing record $dosing_id; clinician $clinician, client $client, admin $admin"

  count_sql
  rows=$workdir/rows.txt
  : >"$rows"
  start_server "$workdir/server.log"
  local startup=$startup_ms startup_rss; startup_rss=$(mb "$server_pid" VmRSS)
  sign_in_everyone

  # Cold: the first request of each after start-up (and the two sign-ins).
  declare -A cold warm_one
  local what path
  for what in "outcome report|/Reports/Outcomes" "report CSV|/Reports/Outcomes?handler=Csv" "report FHIR|/Reports/Outcomes?handler=Fhir"; do
    cold[${what%%|*}]="$(fetch clinician "${what#*|}") $(mb "$server_pid" VmRSS)"
  done

  warm_server
  local name persona conns
  while IFS='|' read -r name persona path conns; do
    load "$name" "$persona" "$path" "$conns"
  done < <(pages)
  wait_idle
  for what in "outcome report|/Reports/Outcomes" "report CSV|/Reports/Outcomes?handler=Csv" "report FHIR|/Reports/Outcomes?handler=Fhir"; do
    warm_one[${what%%|*}]="$(fetch clinician "${what#*|}") $(mb "$server_pid" VmRSS)"
  done

  load "case note posted" clinician "/Cases/$case_id?handler=Note" "$write_connections" \
    "Note.Text=Bench+note&__RequestVerificationToken=$(note_token)"
  local peak; peak=$(mb "$server_pid" VmHWM)
  stop_server
  raw_inserts

  echo
  print_table
  echo
  echo "x anon: req/s over the anonymous sign-in page's; x signed: over the sign-in page fetched signed in (the session check alone)."
  echo "SQL: statements for one request, counted in a separate run; KB: one response; RSS: the server after the page's run;"
  echo "alone ms: one request once the server is idle again after the run. The anonymous visitor sends its antiforgery cookie."
  echo
  echo "Outcome report and exports, one request each (cold: the first after start-up; warm: after their load runs):"
  printf "  %-16s %10s %10s %10s %10s %12s  %s\n" "" "cold ms" "warm ms" "KB" "status" "RSS MB c/w" "content"
  for what in "outcome report" "report CSV" "report FHIR"; do
    read -r cs cb cms ct crss <<<"${cold[$what]}"
    read -r ws wb wms wt wrss <<<"${warm_one[$what]}"
    wt=${wt%;}
    local content="file"
    case "$wt" in text/html*) content="the page (no file: the range holds too few clients to export)" ;; esac
    [ "$what" = "outcome report" ] && content="the page"
    printf "  %-16s %10s %10s %10.0f %10s %12s  %s\n" "$what" "$cms" "$wms" "$(awk -v b="$wb" 'BEGIN { print b / 1024 }')" "$cs/$ws" "$crss/$wrss" "$content ($wt)"
  done
  echo
  local form; form=$(awk -F'|' '$1 == "case note posted" { split($2, m, " "); print m[1] }' "$rows")
  echo "Audited writes: case notes through the form $form/s at $write_connections connections;" \
    "raw inserts $raw_rate/s ($raw_how); ratio $(awk -v a="$form" -v b="$raw_rate" 'BEGIN { printf "%.3f", (b > 0 ? a / b : 0) }')"
  echo "Start-up: ${startup} ms from launch to the first page served (RSS then $startup_rss MB); peak RSS over the run $peak MB."
}

echo "Tandem load benchmark: $(nproc) cores, server on CPU $server_cpu, wrk on CPU $load_cpu; every page ${server_warm} s in turn," \
  "then each page's warm-up ${warm} s and run ${duration} s;" \
  "sizes: $sizes; $(date -u '+%Y-%m-%d %H:%M UTC'); commit $(git rev-parse --short HEAD 2>/dev/null || echo '?')"
echo "Load average before starting: $(cut -d' ' -f1-3 /proc/loadavg) (anything else running on the machine skews the figures)"
for provider in "${providers[@]}"; do
  [ "$provider" = sqlite ] || start_postgres
  for size in $sizes; do
    bench_size "$size"
  done
done
