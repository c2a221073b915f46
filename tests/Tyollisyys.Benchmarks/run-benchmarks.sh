#!/usr/bin/env bash
# Benchmarks of the job-seeker register, as a signed-in counsellor and manager, under concurrent load with wrk.
#
#   tests/Tyollisyys.Benchmarks/run-benchmarks.sh [JOB_SEEKERS=100000] [DURATION=15s] [CONNECTIONS=8]
#
# Builds the app in Release, fills the embedded cluster's database "tyollisyys_bench" with the
# generator (once; later runs reuse it), starts the app on 127.0.0.1:5099 with the raw-Npgsql reference
# pages switched on, signs in as the benchmark counsellor, and for each scenario measures the real page
# and its reference with the same wrk settings. Prints p50, p95, requests/s and the ratio to the reference.
# This is a benchmark, not a test: it reports figures and asserts nothing but that every answer was 200.
set -euo pipefail
cd "$(dirname "$0")/../.."
JOB_SEEKERS=${1:-100000}
DURATION=${2:-15s}
CONNECTIONS=${3:-8}
THREADS=2
PORT=5099
BASE="http://127.0.0.1:$PORT"
HERE=tests/Tyollisyys.Benchmarks

command -v wrk >/dev/null || { echo "wrk is missing: sudo apt-get install -y wrk"; exit 1; }
command -v psql >/dev/null || { echo "psql is missing: sudo apt-get install -y postgresql-client"; exit 1; }

# Development: plain http on loopback (outside Development the cookies are Secure and need TLS).
# Request log lines are switched off so that the console is not what is measured.
export ASPNETCORE_ENVIRONMENT=Development
export LocalPostgres__Database=tyollisyys_bench
export Benchmark__ReferencePages=true
export Serilog__MinimumLevel__Default=Warning

dotnet build src/Tyollisyys.Web -c Release -v quiet -nologo >/dev/null
DLL=src/Tyollisyys.Web/bin/Release/net10.0/Tyollisyys.Web.dll
dotnet "$DLL" seed --job-seekers "$JOB_SEEKERS"

# The KPI job logs its rounds, so the script can wait for the first one (it runs at start-up) before measuring.
APP_LOG="${TMPDIR:-/tmp}/tyollisyys-benchmark-app.log"
env 'Serilog__MinimumLevel__Override__Tyollisyys.Web.Pages.Manager.Kpi.KpiCountRefresher=Information' \
  dotnet "$DLL" --urls "$BASE" >"$APP_LOG" 2>&1 &
APP=$!
trap 'kill $APP 2>/dev/null || true; wait $APP 2>/dev/null || true' EXIT
for _ in $(seq 1 90); do curl -fs "$BASE/health" >/dev/null 2>&1 && break; sleep 1; done

# The embedded cluster's connection, for picking sample rows.
ROOT=${LocalPostgres__DataDirectory:-$( [ "$(id -u)" = 0 ] && echo /var/lib/tyollisyys/postgres || echo "${XDG_DATA_HOME:-$HOME/.local/share}/tyollisyys/postgres")}
export PGHOST=127.0.0.1 PGPORT=$(sed -n 4p "$ROOT/data/postmaster.pid") PGUSER=tyollisyys_app PGDATABASE=tyollisyys_bench
export PGPASSWORD=$(cat "$ROOT/credentials")
sql() { psql -XAtq -c "$1"; }
# Measure the pages, not the background jobs: wait for the first KPI round and for every client's stored due items.
for _ in $(seq 1 300); do
  grep -q "Refreshed the KPI counts" "$APP_LOG" && [ "$(sql "SELECT count(*) FROM client_due_summaries WHERE computed_on IS DISTINCT FROM current_date")" = 0 ] && break
  sleep 1
done
OFFICE=$(sql "SELECT office_id FROM identity_users WHERE user_name = 'vertailu-ohjaaja-001'")
CLIENTS=$(sql "SELECT count(*) FROM job_seekers")
OFFICE_CLIENTS=$(sql "SELECT count(*) FROM job_seekers WHERE office_id = $OFFICE")
MINE=$(sql "SELECT count(*) FROM job_seekers j JOIN identity_users u ON u.id = j.counsellor_id WHERE u.user_name = 'vertailu-ohjaaja-001'")
DEEP=$(sql "SELECT name_key || '|' || id FROM job_seekers WHERE office_id = $OFFICE ORDER BY name_key, id OFFSET $((OFFICE_CLIENTS / 2)) LIMIT 1")
CODE=$(sql "SELECT identity_code FROM job_seekers WHERE office_id = $OFFICE ORDER BY id LIMIT 1 OFFSET 17")
CLIENT=$(sql "SELECT id FROM job_seekers WHERE office_id = $OFFICE ORDER BY id LIMIT 1 OFFSET 23")
QUARTER=$(date +%Y)-Q$(( ($(date +%-m) - 1) / 3 + 1 ))
MONTH=$(date +%Y-%m)
enc() { python3 -c 'import sys, urllib.parse; print(urllib.parse.quote(sys.argv[1], safe=""))' "$1"; }

# Sign in through the login form, as a person would: the benchmark counsellor, and the benchmark manager.
sign_in() { # user → cookie header value
  local jar token
  jar=$(mktemp)
  token=$(curl -s -c "$jar" -b "$jar" "$BASE/Account/Login" | sed -n 's/.*name="__RequestVerificationToken" type="hidden" value="\([^"]*\)".*/\1/p' | head -n 1)
  curl -s -c "$jar" -b "$jar" -o /dev/null --data-urlencode "Input.UserName=$1" \
    --data-urlencode "Input.Password=Vertailu-salasana-2026" --data-urlencode "__RequestVerificationToken=$token" "$BASE/Account/Login"
  echo "tyollisyys.auth=$(awk '$6 == "tyollisyys.auth" { print $7 }' "$jar")"
}
COUNSELLOR_COOKIE=$(sign_in vertailu-ohjaaja-001)
MANAGER_COOKIE=$(sign_in vertailu-esihenkilo)
JOURNAL=$(sql "SELECT count(*) FROM journal_entries")
PLANS=$(sql "SELECT count(*) FROM employment_plans")
DECISIONS=$(sql "SELECT count(*) FROM kuntalisa_decisions")
TRIALS=$(sql "SELECT count(*) FROM work_trials")

# name|page|reference page ("-": none)|who
SCENARIOS=(
  "caseload, first page (my clients)|/|/reference/caseload|counsellor"
  "caseload, deep page (office, row $((OFFICE_CLIENTS / 2)))|/?scope=Office&after=$(enc "$DEEP")|/reference/caseload?scope=office&after=$(enc "$DEEP")|counsellor"
  "name search 'kor' (office)|/?scope=Office&q=kor|/reference/caseload?scope=office&q=kor|counsellor"
  "identity-code search (office)|/?scope=Office&q=$CODE|/reference/caseload?scope=office&q=$CODE|counsellor"
  "client card|/JobSeekers/$CLIENT|/reference/client/$CLIENT|counsellor"
  "caseload review (manager, all counsellors)|/Manager/Caseload|-|manager"
  "KPI dashboard (manager, year)|/Manager/Kpi|-|manager"
  "KPI dashboard (manager, quarter $QUARTER)|/Manager/Kpi?period=$QUARTER|-|manager"
  "KPI dashboard (manager, month $MONTH)|/Manager/Kpi?period=$MONTH|-|manager"
)

measure() { # url cookie → "p50 p95 rps errors"
  local status
  status=$(curl -s -o /dev/null -w '%{http_code}' -H "Cookie: $2" "$BASE$1")
  [ "$status" = 200 ] || { echo "GET $1 answered $status, expected 200" >&2; exit 1; }
  wrk -t"$THREADS" -c"$CONNECTIONS" -d3s -H "Cookie: $2" "$BASE$1" >/dev/null # warm-up
  wrk -t"$THREADS" -c"$CONNECTIONS" -d"$DURATION" -s "$HERE/latency.lua" -H "Cookie: $2" "$BASE$1" \
    | sed -n 's/^RESULT p50_ms=\([0-9.]*\) p95_ms=\([0-9.]*\) p99_ms=[0-9.]* rps=\([0-9.]*\) requests=[0-9]* errors=\([0-9]*\)$/\1 \2 \3 \4/p'
}

echo
echo "Työllisyys benchmark $(date -u +%Y-%m-%dT%H:%MZ) on $(nproc) cores, $(free -g | awk '/Mem:/ {print $2}') GiB;" \
     "$CLIENTS clients, the counsellor's office $OFFICE_CLIENTS, own caseload $MINE;" \
     "$JOURNAL journal entries, $PLANS plan versions, $DECISIONS kuntalisä decisions, $TRIALS work trials;" \
     "wrk $THREADS threads, $CONNECTIONS connections, $DURATION per run"
printf '%-44s %9s %9s %9s | %9s %9s %9s | %s\n' scenario "p50 ms" "p95 ms" "req/s" "ref p50" "ref p95" "ref req/s" "ratio"
for scenario in "${SCENARIOS[@]}"; do
  IFS='|' read -r name app reference who <<<"$scenario"
  cookie=$COUNSELLOR_COOKIE; [ "$who" = manager ] && cookie=$MANAGER_COOKIE
  read -r p50 p95 rps errors <<<"$(measure "$app" "$cookie")"
  if [ "$reference" = - ]; then
    rp50=-; rp95=-; rrps=-; rerrors=0; ratio=-
  else
    read -r rp50 rp95 rrps rerrors <<<"$(measure "$reference" "$cookie")"
    ratio=$(awk -v a="$rps" -v b="$rrps" 'BEGIN { printf "%.2f", a / b }')
  fi
  printf '%-44s %9s %9s %9s | %9s %9s %9s | %s%s\n' "$name" "$p50" "$p95" "$rps" "$rp50" "$rp95" "$rrps" "$ratio" \
    "$( [ "$errors$rerrors" = 00 ] || echo "  (errors: $errors / $rerrors)")"
done
