#!/usr/bin/env bash
# Full, checksummed, verified backup of the SQL Server database through sqlcmd.
#
#   SQLCMDUSER=sa SQLCMDPASSWORD=... sqlserver-backup.sh [SERVER] [DATABASE] [BACKUP_DIR]
#     SERVER      default localhost (compose: the sqlserver container, port 1433 not published:
#                 run it with `docker compose exec sqlserver` or publish the port)
#     DATABASE    default ussdgateway
#     BACKUP_DIR  default /var/opt/mssql/backup: a folder ON THE SQL SERVER MACHINE (BACKUP writes
#                 there; compose mounts deploy/backups on it)
#
# Prints the backup's path (on the server) on standard output. Needs sqlcmd (mssql-tools18 or
# go-sqlcmd); SQLCMDUSER/SQLCMDPASSWORD are read by sqlcmd itself, so no password is on the command line.
set -euo pipefail

server="${1:-localhost}"
database="${2:-ussdgateway}"
dir="${3:-/var/opt/mssql/backup}"
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"

die() { echo "sqlserver-backup.sh: $*" >&2; exit 1; }

sqlcmd="$(command -v sqlcmd || true)"
[[ -n "$sqlcmd" || ! -x /opt/mssql-tools18/bin/sqlcmd ]] || sqlcmd=/opt/mssql-tools18/bin/sqlcmd
[[ -n "$sqlcmd" ]] || die "sqlcmd not found: install mssql-tools18 or go-sqlcmd"
[[ "$database" =~ ^[A-Za-z0-9_]+$ ]] || die "database name must be letters, digits and _"

file="$dir/$database-$(date -u +%Y%m%dT%H%M%SZ).bak"
"$sqlcmd" -S "$server" -C -b \
  -v DatabaseName="$database" BackupFile="$file" \
  -i "$here/sqlserver-backup.sql" >&2
echo "$file"
