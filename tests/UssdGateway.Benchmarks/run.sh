#!/usr/bin/env bash
# Runs the benchmarks: installs wrk and redis-server when missing (as root), builds in Release,
# runs the BenchmarkDotNet micro-benchmarks, then the load benchmark (wrk against the real service
# with sessions in a real redis-server). Usage: tests/UssdGateway.Benchmarks/run.sh [all|micro|load] [seconds per run]
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/../.."
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1
for tool in wrk redis-server; do
  if ! command -v "$tool" >/dev/null 2>&1; then
    if [[ "$(id -u)" -eq 0 ]]; then
      apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends wrk redis-server
    else
      echo "$tool is required: sudo apt-get install wrk redis-server" >&2
      exit 1
    fi
  fi
done
dotnet build tests/UssdGateway.Benchmarks -c Release -v quiet -nologo
dotnet tests/UssdGateway.Benchmarks/bin/Release/net10.0/UssdGateway.Benchmarks.dll "${1:-all}" "${2:-10}"
