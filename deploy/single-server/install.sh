#!/usr/bin/env bash
# Installs or upgrades UssdGateway on one Debian/Ubuntu server, from a checkout
# of this repository. Idempotent: run it again after `git pull` to upgrade.
#
#   sudo bash deploy/single-server/install.sh
#
# Needs: the .NET 10 SDK (to publish), systemd, sqlite3 (backups); nginx and openssl are optional
# (the site and a placeholder TLS certificate are installed when nginx is present). See README.md
# beside this file.
set -euo pipefail

SERVICE_USER=ussdgw
BASE_DIR=/opt/ussdgateway
APP_DIR=$BASE_DIR/app
CLI_DIR=$BASE_DIR/cli
STATE_DIR=/var/lib/ussdgateway
CONF_DIR=/etc/ussdgateway
ENV_FILE=$CONF_DIR/env
UNIT_FILE=/etc/systemd/system/ussdgateway.service

say() { echo "install.sh: $*"; }
die() { echo "install.sh: $*" >&2; exit 1; }

[[ "$(id -u)" -eq 0 ]] || die "must run as root: sudo bash deploy/single-server/install.sh"

HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
REPO="$(cd "$HERE/../.." && pwd)"
cd "$REPO"
[[ -f UssdGateway.sln ]] || die "run from a checkout of the repository (UssdGateway.sln not found)"

DOTNET="$(command -v dotnet || true)"
[[ -n "$DOTNET" ]] || die "dotnet not found: install the .NET 10 SDK system-wide first"
command -v systemctl >/dev/null 2>&1 || die "systemctl not found: this script needs systemd"
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1

# 1. Service user (home = state folder, where ASP.NET Core keeps its data-protection keys)
if id -u "$SERVICE_USER" >/dev/null 2>&1; then
  say "user $SERVICE_USER exists"
else
  useradd --system --user-group --home-dir "$STATE_DIR" --no-create-home \
    --shell /usr/sbin/nologin "$SERVICE_USER"
  say "created system user $SERVICE_USER"
fi

# 2. Folders
install -d -m 0755 "$BASE_DIR"
install -d -m 0750 -o "$SERVICE_USER" -g "$SERVICE_USER" "$STATE_DIR" "$STATE_DIR/menus" "$STATE_DIR/data"
install -d -m 0750 -o root -g "$SERVICE_USER" "$CONF_DIR"
say "folders ready: $BASE_DIR, $STATE_DIR/{menus,data}, $CONF_DIR"

if [[ -e "$ENV_FILE" ]]; then
  say "kept existing $ENV_FILE"
else
  cat >"$ENV_FILE" <<'EOF'
# UssdGateway settings and secrets: KEY=value lines, read by systemd
# (EnvironmentFile) and by install.sh for `ussdgw db migrate`.
# "__" separates configuration sections (ConnectionStrings__Redis = ConnectionStrings:Redis).
# Restart after a change: systemctl restart ussdgateway

# Redis holding USSD sessions (unset: sessions live in the process and are lost on restart)
#ConnectionStrings__Redis=127.0.0.1:6379

# SQLite database file (keep it under /var/lib/ussdgateway, the only writable folder)
Database__Path=/var/lib/ussdgateway/data/ussdgateway.db

# Provider API keys and tokens also go here.
EOF
  chown root:"$SERVICE_USER" "$ENV_FILE"
  chmod 0640 "$ENV_FILE"
  say "created $ENV_FILE (edit it for Redis and provider secrets)"
fi

# 3. Publish into staging folders; the live ones are swapped only after the migration
STAGE_APP="$BASE_DIR/.staging-app"
STAGE_CLI="$BASE_DIR/.staging-cli"
rm -rf "$STAGE_APP" "$STAGE_CLI"
say "publishing src/UssdGateway and src/UssdGateway.Cli (Release)"
"$DOTNET" publish src/UssdGateway -c Release -o "$STAGE_APP"
"$DOTNET" publish src/UssdGateway.Cli -c Release -o "$STAGE_CLI"

# 4. Menus: copied only when the server has none (staff edits on the server are kept)
if [[ ! -d menus ]]; then
  say "no menus/ in this checkout: nothing copied"
elif [[ -n "$(ls -A "$STATE_DIR/menus")" ]]; then
  say "kept existing menus in $STATE_DIR/menus"
else
  cp -a menus/. "$STATE_DIR/menus/"
  chown -R "$SERVICE_USER:$SERVICE_USER" "$STATE_DIR/menus"
  say "copied menus/ to $STATE_DIR/menus"
fi

# 5. systemd unit (ExecStart follows where dotnet is installed)
sed "s#/usr/bin/dotnet #$DOTNET #" "$HERE/ussdgateway.service" >"$UNIT_FILE.tmp"
chmod 0644 "$UNIT_FILE.tmp"
mv "$UNIT_FILE.tmp" "$UNIT_FILE"
systemctl daemon-reload
say "installed $UNIT_FILE"

# 6. nginx site: the shared proxy settings and the upstream in /etc/nginx/ussdgateway/, the site
#    (TLS on 443, port 80 for ACME challenges and a redirect), and a self-signed placeholder
#    certificate when none exists yet, so nginx starts (replace it: see README.md, TLS).
NGINX_SRC="$REPO/deploy/nginx"
TLS_DIR=$CONF_DIR/tls
if command -v nginx >/dev/null 2>&1; then
  install -d -m 0755 /etc/nginx/ussdgateway /var/www/letsencrypt
  install -m 0644 "$NGINX_SRC/proxy.conf" /etc/nginx/ussdgateway/proxy.conf
  if [[ -e /etc/nginx/ussdgateway/upstream.conf ]]; then
    say "kept existing /etc/nginx/ussdgateway/upstream.conf"
  else
    install -m 0644 "$NGINX_SRC/upstream-single-server.conf" /etc/nginx/ussdgateway/upstream.conf
  fi
  install -d -m 0750 -o root -g root "$TLS_DIR"
  if [[ ! -e "$TLS_DIR/fullchain.pem" || ! -e "$TLS_DIR/privkey.pem" ]]; then
    command -v openssl >/dev/null 2>&1 || die "openssl not found: apt-get install openssl"
    openssl req -x509 -newkey rsa:2048 -nodes -days 30 -subj "/CN=$(hostname -f 2>/dev/null || hostname)" \
      -keyout "$TLS_DIR/privkey.pem" -out "$TLS_DIR/fullchain.pem" 2>/dev/null
    chmod 0600 "$TLS_DIR/privkey.pem"
    say "created a self-signed placeholder certificate in $TLS_DIR (replace it: README.md, TLS)"
  fi
  if [[ -d /etc/nginx/sites-available && -d /etc/nginx/sites-enabled ]]; then
    install -m 0644 "$NGINX_SRC/site-single-server.conf" /etc/nginx/sites-available/ussdgateway.conf
    ln -sfn ../sites-available/ussdgateway.conf /etc/nginx/sites-enabled/ussdgateway.conf
    if [[ -L /etc/nginx/sites-enabled/default ]]; then
      rm /etc/nginx/sites-enabled/default   # both claim default_server on port 80
      say "disabled nginx's default site"
    fi
    say "installed nginx site /etc/nginx/sites-available/ussdgateway.conf"
  else
    install -m 0644 "$NGINX_SRC/site-single-server.conf" /etc/nginx/conf.d/ussdgateway.conf
    say "installed nginx site /etc/nginx/conf.d/ussdgateway.conf"
  fi
  nginx -t
  systemctl enable nginx >/dev/null 2>&1 || true
  systemctl reload-or-restart nginx
  say "nginx configuration checked and reloaded"
else
  say "nginx not installed: site NOT installed (apt-get install nginx, then run install.sh again)"
fi

# 6b. Backup scripts and the nightly SQLite backup timer
install -d -m 0755 "$BASE_DIR/backup"
install -m 0755 "$REPO/deploy/backup/sqlite-backup.sh" "$REPO/deploy/backup/sqlite-restore.sh" "$BASE_DIR/backup/"
install -d -m 0750 -o "$SERVICE_USER" -g "$SERVICE_USER" "$STATE_DIR/backups"
install -m 0644 "$HERE/ussdgateway-backup.service" "$HERE/ussdgateway-backup.timer" /etc/systemd/system/
systemctl daemon-reload
systemctl enable --now ussdgateway-backup.timer >/dev/null 2>&1 || say "could not enable ussdgateway-backup.timer"
say "installed backup scripts in $BASE_DIR/backup and the nightly ussdgateway-backup.timer"
command -v sqlite3 >/dev/null 2>&1 || say "sqlite3 not installed: apt-get install sqlite3 (the nightly backup needs it)"

# 7. Database migration with the service's environment: the unit's Environment=
#    lines plus the env file, as the service user, from the state folder.
cli_env=()
while IFS= read -r kv; do cli_env+=("$kv"); done < <(sed -n 's/^Environment=//p' "$UNIT_FILE")
if [[ -f "$ENV_FILE" ]]; then
  while IFS= read -r line || [[ -n "$line" ]]; do
    [[ "$line" =~ ^[[:space:]]*([A-Za-z_][A-Za-z0-9_]*)=(.*)$ ]] || continue
    key="${BASH_REMATCH[1]}" value="${BASH_REMATCH[2]}"
    if [[ "$value" =~ ^\"(.*)\"$ || "$value" =~ ^\'(.*)\'$ ]]; then value="${BASH_REMATCH[1]}"; fi
    cli_env+=("$key=$value")
  done <"$ENV_FILE"
fi
chown -R root:root "$STAGE_CLI"
say "running: ussdgw db migrate"
(cd "$STATE_DIR" && runuser -u "$SERVICE_USER" -- env -i PATH=/usr/local/bin:/usr/bin:/bin \
  HOME="$STATE_DIR" "${cli_env[@]}" "$DOTNET" "$STAGE_CLI/ussdgw.dll" db migrate)
say "database migrated"

# 8. Swap in the new app and CLI, then restart
for pair in "$STAGE_APP:$APP_DIR" "$STAGE_CLI:$CLI_DIR"; do
  new="${pair%%:*}" live="${pair#*:}"
  chown -R root:root "$new"
  rm -rf "$live.old"
  if [[ -d "$live" ]]; then mv "$live" "$live.old"; fi
  mv "$new" "$live"
done
say "published app in $APP_DIR, CLI in $CLI_DIR"

systemctl enable ussdgateway
systemctl restart ussdgateway
say "enabled and restarted ussdgateway"
rm -rf "$APP_DIR.old" "$CLI_DIR.old"
sleep 3
if systemctl is-active --quiet ussdgateway; then
  say "ussdgateway is running (journalctl -u ussdgateway -f for its logs)"
else
  systemctl status ussdgateway --no-pager || true
  die "ussdgateway did not stay up: journalctl -u ussdgateway -n 100"
fi
