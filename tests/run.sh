#!/usr/bin/env bash
# The one command that installs what the tests need and runs every test
# (developers and CI alike: .ci/run calls it).
#
#   bash tests/run.sh                                    # everything
#   bash tests/run.sh --filter "FullyQualifiedName~Redis" # extra args go to dotnet test
#
# Needs the .NET 10 SDK, redis-server and chromium (the web simulator's browser
# test), and for the deploy checks nginx, systemd, sqlite3, openssl and shellcheck.
# These Debian packages are installed here when
# running as root; the tests start their own redis-server processes on free
# loopback ports and never rely on the package's service (Debian does not start
# it in containers anyway). USSDGW_TEST_REDIS=<connection string> points them
# at a server of your own instead.
#
# SQL Server: none runs here. Tests that need one are skipped unless
# USSDGW_TEST_SQLSERVER holds a connection string; it is passed through as is.
#
# Once dotnet test has run, the last line printed is "N passed, N failed[, N skipped]"; the exit
# code is dotnet test's.
set -euo pipefail

export DOTNET_CLI_TELEMETRY_OPTOUT=1
export DOTNET_NOLOGO=1
export DOTNET_CLI_UI_LANGUAGE=en   # the summary lines parsed below are English
export MSBUILDTERMINALLOGGER=off   # plain console output, one summary line per assembly

# Reads dotnet test output on stdin and prints "passed failed skipped", summed
# over the per-assembly summary lines, e.g.
#   Passed!  - Failed:     0, Passed:    12, Skipped:     1, Total:    13, Duration: 1 s - X.Tests.dll (net10.0)
#   Failed!  - Failed:     2, Passed:    10, Skipped:     0, Total:    12, ...
# ("Skipped!" when every test of an assembly was skipped.)
summarize_test_output() {
  sed -e 's/\x1b\[[0-9;]*[A-Za-z]//g' | awk '
    BEGIN { p = 0; f = 0; s = 0 }
    match($0, /(Passed|Failed|Skipped)! +- +Failed: *[0-9]+, +Passed: *[0-9]+, +Skipped: *[0-9]+/) {
      n = split(substr($0, RSTART, RLENGTH), part, ",")
      for (i = 1; i <= n; i++) {
        v = part[i]; gsub(/[^0-9]/, "", v)
        if (part[i] ~ /Failed:/) f += v
        else if (part[i] ~ /Passed:/) p += v
        else if (part[i] ~ /Skipped:/) s += v
      }
    }
    END { print p, f, s }'
}

ensure_redis_server() {
  command -v redis-server >/dev/null 2>&1 && return 0
  if [[ "$(id -u)" -eq 0 ]]; then
    echo "run.sh: installing redis-server (tests start their own instances)"
    apt-get update
    DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends redis-server
  else
    echo "redis-server is required: sudo apt-get install redis-server" >&2
    exit 1
  fi
}

# The web simulator's browser test drives Debian's chromium (Playwright cannot download
# its own browser here); USSDGW_CHROMIUM names another executable.
ensure_chromium() {
  local chromium="${USSDGW_CHROMIUM:-/usr/bin/chromium}"
  [[ -x "$chromium" ]] && return 0
  if [[ -n "${USSDGW_CHROMIUM:-}" ]]; then
    echo "USSDGW_CHROMIUM=$USSDGW_CHROMIUM is not an executable" >&2
    exit 1
  fi
  if [[ "$(id -u)" -eq 0 ]]; then
    echo "run.sh: installing chromium (the web simulator's browser test)"
    apt-get update
    DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends chromium
  else
    echo "chromium is required: sudo apt-get install chromium (or set USSDGW_CHROMIUM)" >&2
    exit 1
  fi
}

# The deploy checks (tests/UssdGateway.Deploy.Tests) run nginx -t, systemd-analyze, sqlite3 (backup
# scripts), openssl (a test certificate) and shellcheck. Installed here when root; otherwise the
# tests that need a missing tool are skipped, each saying which tool and package.
# promtool (Debian's prometheus package, ~19 MB with its web assets) is not installed: its test
# runs where it is present.
ensure_deploy_tools() {
  local pairs=(nginx:nginx systemd-analyze:systemd sqlite3:sqlite3 openssl:openssl shellcheck:shellcheck)
  local pair tool missing=()
  for pair in "${pairs[@]}"; do
    tool="${pair%%:*}"
    if ! command -v "$tool" >/dev/null 2>&1 && [[ ! -x "/usr/sbin/$tool" ]]; then
      missing+=("${pair#*:}")
    fi
  done
  [[ "${#missing[@]}" -eq 0 ]] && return 0
  if [[ "$(id -u)" -eq 0 ]]; then
    echo "run.sh: installing ${missing[*]} (deploy checks)"
    apt-get update
    DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "run.sh: not root, so not installing ${missing[*]}: the deploy checks that need them are skipped" \
      "(sudo apt-get install ${missing[*]})" >&2
  fi
}

# NuGet's vulnerability audit, reported and never failing the run (warnings NU1901-NU1904 are not errors in the
# build either): a new advisory must not fail an unchanged commit; it is read here and acted on.
report_vulnerable_packages() {
  local out="$1/vulnerable-packages.txt"
  if timeout 180 dotnet list UssdGateway.sln package --vulnerable --include-transitive >"$out" 2>&1; then
    if grep -q "has the following vulnerable packages" "$out"; then
      echo "run.sh: NuGet audit: vulnerable packages (reported, not failing the run):"
      grep -E "^\s*>|has the following vulnerable packages" "$out" | sort -u
    else
      echo "run.sh: NuGet audit: no known vulnerable package"
    fi
  else
    echo "run.sh: NuGet audit could not run (no package source?); see $out"
  fi
}

main() {
  cd "$(dirname "${BASH_SOURCE[0]}")/.."

  if ! command -v dotnet >/dev/null 2>&1; then
    echo "dotnet is required: install the .NET 10 SDK" >&2
    exit 1
  fi
  ensure_redis_server
  ensure_chromium
  ensure_deploy_tools

  if [[ -n "${USSDGW_TEST_SQLSERVER:-}" ]]; then
    echo "run.sh: USSDGW_TEST_SQLSERVER is set: SQL Server tests will run"
  else
    echo "run.sh: USSDGW_TEST_SQLSERVER not set: SQL Server tests will be skipped"
  fi

  local log_dir log rc
  log_dir="$(mktemp -d "${TMPDIR:-/tmp}/ussdgw-tests.XXXXXX")"
  log="$log_dir/dotnet-test.log"

  # --blame-hang-timeout: a hung test aborts its assembly (and counts as a
  # failure below) instead of eating the CI time budget.
  set +e
  dotnet test UssdGateway.sln -c Release \
    --logger "console;verbosity=minimal" \
    --blame-hang-timeout 15m --blame-hang-dump-type none \
    "$@" </dev/null 2>&1 | tee "$log"
  rc=${PIPESTATUS[0]}
  set -e

  report_vulnerable_packages "$log_dir"

  local passed failed skipped line
  read -r passed failed skipped < <(summarize_test_output <"$log")
  # Build error or crashed test host: non-zero exit with no failed test counted.
  if [[ "$rc" -ne 0 && "$failed" -eq 0 ]]; then
    echo "run.sh: dotnet test exited with $rc without a failed test: counted as 1 failure"
    failed=1
  fi

  echo "run.sh: full log in $log"
  line="$passed passed, $failed failed"
  if [[ "$skipped" -gt 0 ]]; then line+=", $skipped skipped"; fi
  echo "$line"
  exit "$rc"
}

# Sourcing the file (to try summarize_test_output on sample output) runs nothing.
if [[ "${BASH_SOURCE[0]}" == "$0" ]]; then
  main "$@"
fi
