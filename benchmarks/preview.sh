#!/usr/bin/env bash
# Throughput of the stateless what-if endpoint POST /api/v1/allocations/preview on a warm server.
# Needs: the built distribution (mvn -B install -DskipTests), wrk (apt-get install wrk), curl.
# Starts a fresh copy of the distribution on loopback, warms up, measures with wrk
# (2 threads, 8 connections, 20 s), writes benchmarks/results/preview-<timestamp>.txt, stops it.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/.." && pwd)
dist=$(ls "$root"/karaf-assembly/target/ikz-karaf-*.tar.gz | head -1)
partners=${PREVIEW_PARTNERS:-10}
duration=${PREVIEW_SECONDS:-20}
work=$(mktemp -d /tmp/ikz-preview.XXXXXX)
tar xzf "$dist" -C "$work"
home=$(ls -d "$work"/ikz-karaf-*)
pw=benchmark-password-1
cleanup() {
  if [ -f "$home/data/karaf.pid" ]; then
    pid=$(cat "$home/data/karaf.pid")
    "$home/bin/stop" >/dev/null 2>&1 || true
    for _ in $(seq 1 100); do kill -0 "$pid" 2>/dev/null || break; sleep 0.1; done
    kill -9 "$pid" 2>/dev/null || true
  fi
  rm -rf "$work"
}
trap cleanup EXIT
IKZ_ADMIN_PASSWORD=$pw setsid "$home/bin/start"
for _ in $(seq 1 1200); do
  [ "$(curl -s -o /dev/null -w '%{http_code}' http://127.0.0.1:8181/api/v1/health)" = 200 ] && break
  sleep 0.1
done
body=$(python3 -c "
import json
print(json.dumps({'amount':'98000.00','key':'figure','partners':[{'id':'p%d'%i,'value':str(1000+37*i)} for i in range($partners)]}))")
auth=$(printf 'admin:%s' "$pw" | base64)
lua="$work/post.lua"
cat > "$lua" <<LUA
wrk.method = "POST"
wrk.body = [[$body]]
wrk.headers["Content-Type"] = "application/json"
wrk.headers["Authorization"] = "Basic $auth"
LUA
# one checked call, then a warm-up
curl -sf -u "admin:$pw" -H 'Content-Type: application/json' -d "$body" http://127.0.0.1:8181/api/v1/allocations/preview >/dev/null
wrk -t2 -c8 -d5s -s "$lua" http://127.0.0.1:8181/api/v1/allocations/preview >/dev/null
out=$(wrk -t2 -c8 -d"${duration}s" --latency -s "$lua" http://127.0.0.1:8181/api/v1/allocations/preview)
echo "$out"
rps=$(echo "$out" | awk '/Requests\/sec/ {print $2}')
non2xx=$(echo "$out" | awk '/Non-2xx/ {print $5}')
mkdir -p "$here/results"
file="$here/results/preview-$(date -u +%Y%m%dT%H%M%SZ).txt"
{
  echo "date=$(date -u +%FT%TZ)"
  echo "partners=$partners"
  echo "duration_s=$duration"
  echo "threads=2"
  echo "connections=8"
  echo "requests_per_second=$rps"
  echo "non_2xx=${non2xx:-0}"
  echo "$out" | sed 's/^/raw: /'
} > "$file"
echo "written to $file"
