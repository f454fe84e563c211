#!/usr/bin/env bash
# Speed benchmarks a person runs (not part of ./test.sh). Each figure is a ratio against a baseline measured in the
# same run: the dashboard against a page with no database work, an audited write against a plain one.
# Watch the SQL command count: it must stay the same for 100 and 1000 cases (no N+1).
set -euo pipefail
cd "$(dirname "$0")/.."
dotnet run -c Release --project bench/Tandem.Bench
