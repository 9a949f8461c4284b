#!/usr/bin/env bash
# Installs and starts what the test suite needs on a Debian machine, as root:
# PostgreSQL on 127.0.0.1 (its own cluster, password auth, a role that may create databases);
# Chromium and Java for the browser suite (Playwright drives Debian's Chromium; the Nu HTML
# Checker runs on Java); Node.js and npm for the checkers' packages.
# Source it to get MASTHEAD_TEST_POSTGRES exported; running it prints the variables instead.
# Idempotent: a second run reuses the packages, the cluster and the role.

masthead_services() {
  local -
  set -euo pipefail
  local pg_port="${MASTHEAD_PG_PORT:-55432}" pg_cluster=masthead
  local pg_user=masthead pg_password="${MASTHEAD_PG_PASSWORD:-masthead_ci_pw}"
  local dir="${MASTHEAD_SERVICES_DIR:-/tmp/masthead-services}"
  local t0=$SECONDS
  log() { printf '[services %3ss] %s\n' "$((SECONDS - t0))" "$*" >&2; }
  die() { log "ERROR: $*"; return 1; }

  [ "$(id -u)" = 0 ] || die "run as root (installs Debian packages and starts PostgreSQL)"
  mkdir -p "$dir"

  local packages=(postgresql postgresql-client chromium fonts-liberation default-jre-headless) missing=() p
  command -v npm >/dev/null || packages+=(nodejs npm)
  for p in "${packages[@]}"; do
    dpkg-query -W -f='${db:Status-Status}' "$p" 2>/dev/null | grep -qx installed || missing+=("$p")
  done
  if [ "${#missing[@]}" -gt 0 ]; then
    log "apt-get install ${missing[*]}"
    export DEBIAN_FRONTEND=noninteractive
    apt-get -o DPkg::Lock::Timeout=600 update -qq
    apt-get -o DPkg::Lock::Timeout=600 install -y -qq "${missing[@]}" >"$dir/apt.log" 2>&1 \
      || { tail -30 "$dir/apt.log" >&2; die "apt-get install failed"; }
  fi

  local version
  version="$(ls /usr/lib/postgresql | sort -V | tail -1)"
  if ! pg_lsclusters -h | awk -v v="$version" -v c="$pg_cluster" '$1==v && $2==c {f=1} END {exit !f}'; then
    # A dropped cluster can leave its config folder behind; pg_createcluster then refuses.
    if [ -d "/etc/postgresql/$version/$pg_cluster" ] && [ ! -f "/etc/postgresql/$version/$pg_cluster/postgresql.conf" ]; then
      rm -rf "/etc/postgresql/$version/$pg_cluster"
    fi
    log "creating PostgreSQL $version cluster '$pg_cluster' on port $pg_port"
    pg_createcluster "$version" "$pg_cluster" --port "$pg_port" --start-conf manual >"$dir/createcluster.log" 2>&1 \
      || { cat "$dir/createcluster.log" >&2; die "pg_createcluster failed"; }
  fi

  # Settings go in conf.d: pg_createcluster -o mis-quotes listen_addresses.
  local conf="/etc/postgresql/$version/$pg_cluster/conf.d/zz-masthead.conf"
  cat >"$conf" <<CONF
listen_addresses = '127.0.0.1'
port = $pg_port
# A test cluster: speed over durability.
fsync = off
synchronous_commit = off
full_page_writes = off
CONF
  chown postgres:postgres "$conf"

  # Ask the port, not pg_ctlcluster status: after a kill -9 a zombie postmaster still looks alive.
  if ! pg_isready -q -h 127.0.0.1 -p "$pg_port"; then
    local data lock pid
    data="$(pg_lsclusters -h | awk -v v="$version" -v c="$pg_cluster" '$1==v && $2==c {print $6}')"
    for lock in "$data/postmaster.pid" "/var/run/postgresql/.s.PGSQL.$pg_port.lock"; do
      [ -f "$lock" ] || continue
      pid="$(head -1 "$lock")"
      sleep 1
      if [ "$(cat "/proc/$pid/comm" 2>/dev/null)" != postgres ]; then
        log "removing stale $(basename "$lock")"
        rm -f "$lock"
      fi
    done
    log "starting PostgreSQL"
    local rc=0
    pg_ctlcluster "$version" "$pg_cluster" start || rc=$?
    if [ "$rc" != 0 ] && [ "$rc" != 2 ]; then
      tail -20 "/var/log/postgresql/postgresql-$version-$pg_cluster.log" >&2
      die "PostgreSQL did not start"
    fi
  fi
  for _ in $(seq 120); do pg_isready -q -h 127.0.0.1 -p "$pg_port" && break; sleep 0.5; done
  pg_isready -q -h 127.0.0.1 -p "$pg_port" || die "PostgreSQL is not ready on 127.0.0.1:$pg_port"

  runuser -u postgres -- psql -q -X -v ON_ERROR_STOP=1 -p "$pg_port" -d postgres -v u="$pg_user" -v pw="$pg_password" <<'SQL'
SELECT format('CREATE ROLE %I LOGIN', :'u') WHERE NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = :'u')\gexec
SELECT format('ALTER ROLE %I LOGIN CREATEDB PASSWORD %L', :'u', :'pw')\gexec
SQL
  PGPASSWORD="$pg_password" psql -X -tA "host=127.0.0.1 port=$pg_port user=$pg_user dbname=postgres" -c 'select 1' | grep -qx 1 \
    || die "password login to PostgreSQL failed"
  log "PostgreSQL $version ready on 127.0.0.1:$pg_port"

  cat >"$dir/env.sh" <<ENV
export MASTHEAD_TEST_POSTGRES='Host=127.0.0.1;Port=$pg_port;Database=postgres;Username=$pg_user;Password=$pg_password'
export CHROMIUM_PATH=/usr/bin/chromium
export JAVA_BIN=$(command -v java)
ENV
}

# A subshell outside any && / || list, so set -e really stops at the first failure.
( masthead_services "$@" ); _masthead_rc=$?
if [ "${BASH_SOURCE[0]}" = "$0" ]; then
  [ "$_masthead_rc" = 0 ] && cat "${MASTHEAD_SERVICES_DIR:-/tmp/masthead-services}/env.sh"
  exit "$_masthead_rc"
fi
# shellcheck source=/dev/null
[ "$_masthead_rc" = 0 ] && . "${MASTHEAD_SERVICES_DIR:-/tmp/masthead-services}/env.sh"
return "$_masthead_rc"
