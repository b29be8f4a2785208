#!/usr/bin/env bash
# Online, consistent backup of the SQLite database (safe while the gateway runs: SQLite's backup
# API through the sqlite3 shell, not cp), checked with PRAGMA integrity_check, then old copies pruned.
#
#   sqlite-backup.sh [DATABASE_FILE] [BACKUP_DIR]
#     DATABASE_FILE  default /var/lib/ussdgateway/data/ussdgateway.db
#     BACKUP_DIR     default /var/lib/ussdgateway/backups
#   USSDGW_BACKUP_KEEP_DAYS  delete backups older than this many days (default 14; 0 keeps all)
#
# Prints the path of the new backup on standard output. Needs: sqlite3 (apt-get install sqlite3).
# Copy the backups off the machine too (with /var/lib/ussdgateway/menus and /etc/ussdgateway/env).
set -euo pipefail

db="${1:-/var/lib/ussdgateway/data/ussdgateway.db}"
dir="${2:-/var/lib/ussdgateway/backups}"
keep_days="${USSDGW_BACKUP_KEEP_DAYS:-14}"

die() { echo "sqlite-backup.sh: $*" >&2; exit 1; }

command -v sqlite3 >/dev/null 2>&1 || die "sqlite3 not found: apt-get install sqlite3"
[[ -f "$db" ]] || die "no database file at $db"
[[ "$keep_days" =~ ^[0-9]+$ ]] || die "USSDGW_BACKUP_KEEP_DAYS must be a whole number of days"
mkdir -p "$dir"

stamp="$(date -u +%Y%m%dT%H%M%SZ)"
target="$dir/ussdgateway-$stamp.db"
partial="$target.partial"
trap 'rm -f "$partial"' EXIT

# .backup copies page by page under SQLite's locks: a consistent snapshot even with WAL writers.
sqlite3 "$db" ".timeout 10000" ".backup '$partial'"
result="$(sqlite3 "$partial" "PRAGMA integrity_check;")"
[[ "$result" == "ok" ]] || die "integrity check of the copy failed: $result"
mv "$partial" "$target"
trap - EXIT

if [[ "$keep_days" -gt 0 ]]; then
  find "$dir" -maxdepth 1 -type f -name 'ussdgateway-*.db' -mtime "+$keep_days" -delete
fi
echo "$target"
