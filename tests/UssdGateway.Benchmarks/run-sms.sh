#!/usr/bin/env bash
# Runs the SMS benchmarks: the inbound SMS webhook under wrk against the real service (SQLite, Jobs:RunServer=false),
# outbox dispatch to a local Africa's Talking fake, and the eve-of-training reminders end to end.
# Installs wrk when missing (as root), builds in Release.
# Usage: tests/UssdGateway.Benchmarks/run-sms.sh [sms|sms-load|sms-dispatch|reminders] [seconds|messages|beneficiaries] [runs]
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/../.."
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1
if ! command -v wrk >/dev/null 2>&1; then
  if [[ "$(id -u)" -eq 0 ]]; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends wrk
  else
    echo "wrk is required: sudo apt-get install wrk" >&2
    exit 1
  fi
fi
dotnet build tests/UssdGateway.Benchmarks -c Release -v quiet -nologo
dotnet tests/UssdGateway.Benchmarks/bin/Release/net10.0/UssdGateway.Benchmarks.dll "${1:-sms}" "${@:2}"
