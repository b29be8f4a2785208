#!/usr/bin/env bash
# Restores a backup made by sqlite-backup.sh over the live database file. Stop the gateway first
# (systemctl stop ussdgateway): the script refuses while the unit is active unless --force.
#
#   sqlite-restore.sh [--force] BACKUP_FILE [DATABASE_FILE]
#     DATABASE_FILE  default /var/lib/ussdgateway/data/ussdgateway.db
#
# The backup is checked (PRAGMA integrity_check) before anything is touched; the current database,
# if any, is kept beside it as <name>.before-restore-<time> (its -wal/-shm files too); the copy is
# moved into place atomically and, when run as root, given the folder's owner.
set -euo pipefail

force=0
if [[ "${1:-}" == "--force" ]]; then force=1; shift; fi
backup="${1:-}"
db="${2:-/var/lib/ussdgateway/data/ussdgateway.db}"

die() { echo "sqlite-restore.sh: $*" >&2; exit 1; }

[[ -n "$backup" ]] || die "usage: sqlite-restore.sh [--force] BACKUP_FILE [DATABASE_FILE]"
command -v sqlite3 >/dev/null 2>&1 || die "sqlite3 not found: apt-get install sqlite3"
[[ -f "$backup" ]] || die "no backup file at $backup"
if [[ "$force" -eq 0 ]] && command -v systemctl >/dev/null 2>&1 \
   && systemctl is-active --quiet ussdgateway 2>/dev/null; then
  die "ussdgateway is running: systemctl stop ussdgateway first (or --force)"
fi

result="$(sqlite3 "$backup" "PRAGMA integrity_check;")"
[[ "$result" == "ok" ]] || die "the backup fails its integrity check: $result"

dir="$(dirname "$db")"
mkdir -p "$dir"
staged="$db.restoring"
cp "$backup" "$staged"

if [[ -e "$db" ]]; then
  aside="$db.before-restore-$(date -u +%Y%m%dT%H%M%SZ)"
  mv "$db" "$aside"
  echo "sqlite-restore.sh: previous database kept as $aside" >&2
  for suffix in -wal -shm; do
    if [[ -e "$db$suffix" ]]; then mv "$db$suffix" "$aside$suffix"; fi
  done
fi
mv "$staged" "$db"
if [[ "$(id -u)" -eq 0 ]]; then chown --reference="$dir" "$db"; fi
echo "sqlite-restore.sh: restored $backup to $db" >&2
