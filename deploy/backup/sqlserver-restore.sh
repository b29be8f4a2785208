#!/usr/bin/env bash
# Restores the SQL Server database from a backup made by sqlserver-backup.sh, replacing it.
# Stop the gateways first (docker compose stop gateway-1 gateway-2 / scale the Deployment to 0).
#
#   SQLCMDUSER=sa SQLCMDPASSWORD=... sqlserver-restore.sh BACKUP_FILE [SERVER] [DATABASE]
#     BACKUP_FILE  path ON THE SQL SERVER MACHINE, e.g. /var/opt/mssql/backup/ussdgateway-...bak
#     SERVER       default localhost
#     DATABASE     default ussdgateway
set -euo pipefail

file="${1:-}"
server="${2:-localhost}"
database="${3:-ussdgateway}"
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"

die() { echo "sqlserver-restore.sh: $*" >&2; exit 1; }

[[ -n "$file" ]] || die "usage: sqlserver-restore.sh BACKUP_FILE [SERVER] [DATABASE]"
sqlcmd="$(command -v sqlcmd || true)"
[[ -n "$sqlcmd" || ! -x /opt/mssql-tools18/bin/sqlcmd ]] || sqlcmd=/opt/mssql-tools18/bin/sqlcmd
[[ -n "$sqlcmd" ]] || die "sqlcmd not found: install mssql-tools18 or go-sqlcmd"
[[ "$database" =~ ^[A-Za-z0-9_]+$ ]] || die "database name must be letters, digits and _"

"$sqlcmd" -S "$server" -C -b \
  -v DatabaseName="$database" BackupFile="$file" \
  -i "$here/sqlserver-restore.sql" >&2
echo "sqlserver-restore.sh: restored $database from $file" >&2
