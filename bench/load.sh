#!/usr/bin/env bash
# Load benchmark: the Release build of the site beside nginx serving byte-identical copies of the
# same pages, driven by wrk in turns (site, nginx, site, nginx, ...) so both see the same machine.
# Prints, per page and connection count: req/s, p50 and p99 for each, and the site/nginx ratio;
# then resident memory idle and at peak, cold start on an existing database, and first boot.
#
#   bench/load.sh [--duration SECONDS] [--rounds N]
#
# Needs the .NET SDK, nginx (Debian: nginx-light), wrk and curl. Everything binds to 127.0.0.1 and
# stops by itself; the site and nginx are stopped by their PIDs on exit.
set -euo pipefail
cd "$(dirname "$0")/.."

duration=5
rounds=3
while [ $# -gt 0 ]; do
  case "$1" in
    --duration) duration="$2"; shift 2 ;;
    --rounds) rounds="$2"; shift 2 ;;
    *) echo "usage: bench/load.sh [--duration SECONDS] [--rounds N]" >&2; exit 2 ;;
  esac
done

for tool in nginx wrk curl dotnet; do
  command -v "$tool" >/dev/null || { echo "bench: $tool is missing (Debian: apt-get install nginx-light wrk curl)" >&2; exit 2; }
done

work=$(mktemp -d /tmp/masthead-bench.XXXXXX)
app_port=${BENCH_APP_PORT:-5181}
nginx_port=${BENCH_NGINX_PORT:-5182}
origin="http://127.0.0.1:$app_port"
password="Bench-password-2026"
app_pid=""
nginx_pid=""

cleanup() {
  [ -n "$app_pid" ] && kill "$app_pid" 2>/dev/null || true
  [ -n "$nginx_pid" ] && kill "$nginx_pid" 2>/dev/null || true
  wait 2>/dev/null || true
}
trap cleanup EXIT

log() { printf '[bench] %s\n' "$*" >&2; }

log "publishing the Release build"
dotnet publish src/Masthead.Web -c Release -o "$work/app" --nologo -v quiet >/dev/null

start_app() {
  (
    cd "$work/app"
    ASPNETCORE_ENVIRONMENT=Production \
    ASPNETCORE_URLS="$origin" \
    Publication__BaseUrl="$origin" \
    Billing__Provider=Sandbox \
    Storage__DataPath="$work/data" \
    Demo__Seed=true \
    Demo__Password="$password" \
    Logging__LogLevel__Default=Warning \
    exec ./Masthead.Web >>"$work/app.log" 2>&1
  ) &
  app_pid=$!
}

# Milliseconds from now until the site first answers 200 on /.
wait_for_app() {
  local t0 t1
  t0=$(date +%s%N)
  for _ in $(seq 600); do
    if [ "$(curl -s -o /dev/null -w '%{http_code}' "$origin/" || true)" = 200 ]; then
      t1=$(date +%s%N)
      echo $(((t1 - t0) / 1000000))
      return 0
    fi
    sleep 0.05
  done
  echo "bench: the site did not answer; see $work/app.log" >&2
  tail -20 "$work/app.log" >&2
  return 1
}

stop_app() {
  kill "$app_pid" && wait "$app_pid" 2>/dev/null || true
  app_pid=""
}

rss_mib() { awk '/^VmRSS/ {printf "%.0f", $2 / 1024}' "/proc/$app_pid/status"; }
peak_mib() { awk '/^VmHWM/ {printf "%.0f", $2 / 1024}' "/proc/$app_pid/status"; }

log "first boot: empty data folder (migrations, demo seed)"
start_app
first_boot=$(wait_for_app)
stop_app

log "cold start: existing database"
start_app
cold_start=$(wait_for_app)

# A signed-in subscriber's session cookie, from the log-in form as a browser would post it.
jar="$work/cookies"
login=$(curl -s -c "$jar" "$origin/account/login")
token=$(grep -o 'name="__RequestVerificationToken" type="hidden" value="[^"]*"' <<<"$login" | sed 's/.*value="//; s/"$//' | head -1)
curl -s -b "$jar" -c "$jar" -o /dev/null \
  --data-urlencode "Input.Email=subscriber@meridian-wire.test" \
  --data-urlencode "Input.Password=$password" \
  --data-urlencode "__RequestVerificationToken=$token" \
  "$origin/account/login"
auth=$(awk '$6 == "mh_auth" {print $7}' "$jar")
[ -n "$auth" ] || { echo "bench: could not sign in as the demo subscriber" >&2; exit 1; }

# name | path | cookie
pages=(
  "home|/|"
  "section|/sections/world|"
  "free article|/articles/sevanne-lantern-festival-returns|"
  "gated article, anonymous|/articles/caldry-hospital-ransomware-attack|"
  "article, subscriber|/articles/caldry-hospital-ransomware-attack|mh_auth=$auth"
)

log "saving the served bytes for nginx"
mkdir -p "$work/static"
for page in "${pages[@]}"; do
  IFS='|' read -r name path cookie <<<"$page"
  file="$work/static${path%/}"
  [ "$path" = / ] && file="$work/static/index.html"
  [ -n "$cookie" ] && file="$work/static/subscriber${path}"
  mkdir -p "$(dirname "$file")"
  curl -s -H "Cookie: $cookie" "$origin$path" -o "$file"
  [ -s "$file" ] || { echo "bench: $path answered nothing" >&2; exit 1; }
done

cat >"$work/nginx.conf" <<CONF
worker_processes 1;
pid $work/nginx.pid;
error_log $work/nginx-error.log;
events { worker_connections 1024; }
http {
  access_log off;
  default_type text/html;
  sendfile on;
  keepalive_requests 1000000;
  server {
    listen 127.0.0.1:$nginx_port;
    root $work/static;
    location / { try_files \$uri \$uri/index.html =404; }
  }
}
CONF
nginx -c "$work/nginx.conf" -p "$work" -g 'daemon off;' &
nginx_pid=$!
sleep 0.5

# Prints "req/s p50_ms p99_ms" for one wrk run.
run_wrk() {
  local url=$1 connections=$2 cookie=$3 threads=1 out
  [ "$connections" -gt 1 ] && threads=2
  if [ -n "$cookie" ]; then
    out=$(wrk -t"$threads" -c"$connections" -d"${duration}s" --latency -H "Cookie: $cookie" "$url")
  else
    out=$(wrk -t"$threads" -c"$connections" -d"${duration}s" --latency "$url")
  fi
  awk '
    function ms(v) { if (v ~ /us$/) return v / 1000; if (v ~ /ms$/) return v + 0; if (v ~ /s$/) return v * 1000; return v }
    /^ +50%/ { p50 = ms($2) }
    /^ +99%/ { p99 = ms($2) }
    /^Requests\/sec/ { rps = $2 }
    /Non-2xx/ { bad = $NF }
    END { printf "%s %s %s %s\n", rps, p50, p99, (bad == "" ? 0 : bad) }' <<<"$out"
}

median() { sort -g | awk '{v[NR] = $1} END {print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2}'; }

log "warming up"
for page in "${pages[@]}"; do
  IFS='|' read -r _ path cookie <<<"$page"
  run_wrk "$origin$path" 8 "$cookie" >/dev/null
done
idle_rss=$(rss_mib)

printf '\n%-26s %5s | %10s %8s %8s | %10s %8s %8s | %6s\n' page conns "site req/s" p50ms p99ms "nginx r/s" p50ms p99ms ratio
for connections in 32 1; do
  for page in "${pages[@]}"; do
    IFS='|' read -r name path cookie <<<"$page"
    static_path="$path"
    [ -n "$cookie" ] && static_path="/subscriber$path"
    : >"$work/site.txt"
    : >"$work/nginx.txt"
    for _ in $(seq "$rounds"); do
      run_wrk "$origin$path" "$connections" "$cookie" >>"$work/site.txt"
      run_wrk "http://127.0.0.1:$nginx_port$static_path" "$connections" "" >>"$work/nginx.txt"
    done
    if awk '$4 != 0 {bad = 1} END {exit !bad}' "$work/site.txt"; then
      echo "bench: the site answered non-2xx for $path" >&2
      exit 1
    fi
    s_rps=$(cut -d' ' -f1 "$work/site.txt" | median)
    s_p50=$(cut -d' ' -f2 "$work/site.txt" | median)
    s_p99=$(cut -d' ' -f3 "$work/site.txt" | median)
    n_rps=$(cut -d' ' -f1 "$work/nginx.txt" | median)
    n_p50=$(cut -d' ' -f2 "$work/nginx.txt" | median)
    n_p99=$(cut -d' ' -f3 "$work/nginx.txt" | median)
    ratio=$(awk -v a="$s_rps" -v b="$n_rps" 'BEGIN {printf "%.1f%%", 100 * a / b}')
    printf '%-26s %5s | %10.0f %8.2f %8.2f | %10.0f %8.2f %8.2f | %6s\n' \
      "$name" "$connections" "$s_rps" "$s_p50" "$s_p99" "$n_rps" "$n_p50" "$n_p99" "$ratio"
  done
done

printf '\nresident memory: %s MiB idle (after warm-up), %s MiB peak\n' "$idle_rss" "$(peak_mib)"
printf 'cold start (existing database, to the first 200): %s ms\n' "$cold_start"
printf 'first boot (empty data folder: migrations and demo seed, to the first 200): %s ms\n' "$first_boot"
printf '(%s rounds of %s s per page and server, medians; wrk %s, nginx %s, %s cores)\n' \
  "$rounds" "$duration" "$(wrk -v 2>&1 | head -1 | awk '{print $2}')" "$(nginx -v 2>&1 | sed 's/.*\///')" "$(nproc)"
