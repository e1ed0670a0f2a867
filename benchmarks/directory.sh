#!/usr/bin/env bash
# The public offers directory of the Kinderschutz module under a public load (issue 13): search over
# 10,000 published offers with texts in 5 languages, measured with wrk on loopback, and what the
# platform's public limit lets through.
#
#   mvn -B install -DskipTests && bash benchmarks/directory.sh
#   DIRECTORY_OFFERS=2000 DIRECTORY_SECONDS=10 bash benchmarks/directory.sh   # smaller, quicker
#
# Needs: the built distribution, wrk (apt-get install wrk), curl, python3.
# Steps: a fresh copy of the distribution on 127.0.0.1 with public.requests.per.minute raised to
# 100000 (so the limit does not cap the throughput figures); ikz:demo-load with staff users (the
# ImBlick demo publishes the directory "imblick"); the coordinator creates the offers through REST
# (4 parallel clients; each offer has a German text and two of ar, uk, tr, en, is held in those
# languages, in one of 10 municipalities, of one of 9 types, with an age range). Then, per query,
# wrk with 2 threads and 8 connections: 3 s warm-up, DIRECTORY_SECONDS measured. Last, the limit is
# set back to the default 60 (the running platform reads etc/de.ikz.rest.cfg again) and wrk sends
# from one address for DIRECTORY_SECONDS: the answers 200 and 429 are counted.
# Client and server share the machine's cores. Writes benchmarks/results/directory-<UTC>.txt.
set -euo pipefail
export LC_ALL=C
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/.." && pwd)
dist=$(ls "$root"/karaf-assembly/target/ikz-karaf-*.tar.gz | head -1)
offers=${DIRECTORY_OFFERS:-10000}
duration=${DIRECTORY_SECONDS:-15}
register=$root/data/destatis-gemeindeverzeichnis-2020q4.csv
base=http://127.0.0.1:8181
pub=$base/api/v1/modules/kinderschutz/public/imblick
for c in wrk curl python3; do command -v "$c" >/dev/null || { echo "needs $c" >&2; exit 2; }; done
[ "$(curl -s -o /dev/null -w '%{http_code}' --max-time 2 "$base/" || true)" = 000 ] || { echo "port 8181 is in use" >&2; exit 2; }

work=$(mktemp -d /tmp/ikz-directory.XXXXXX)
tar xzf "$dist" -C "$work"
home=$(ls -d "$work"/ikz-karaf-*)
pw=benchmark-password-1
staff=benchmark-staff-1
cleanup() {
  # the Karaf JVM by its home (bin/start writes no pid file we could rely on)
  local pids
  pids=$(pgrep -f -- "-Dkaraf.home=$home" || true)
  if [ -n "$pids" ]; then
    "$home/bin/stop" >/dev/null 2>&1 || kill $pids 2>/dev/null || true
    for _ in $(seq 1 200); do kill -0 $pids 2>/dev/null || break; sleep 0.1; done
    kill -9 $pids 2>/dev/null || true
  fi
  rm -rf "$work"
}
trap cleanup EXIT
log() { printf '[%s] %s\n' "$(date -u +%H:%M:%S)" "$*" >&2; }
wait_for() { # description, command; polls every 0.2 s for at most 180 s
  local what=$1; shift
  for _ in $(seq 1 900); do "$@" && return 0; sleep 0.2; done
  echo "timed out waiting for $what" >&2; exit 1
}

echo "public.requests.per.minute = 100000" >> "$home/etc/de.ikz.rest.cfg"
IKZ_ADMIN_PASSWORD=$pw setsid "$home/bin/start"
wait_for "health" bash -c "[ \"\$(curl -s -o /dev/null -w '%{http_code}' $base/api/v1/health)\" = 200 ]"
wait_for "kinderschutz module" bash -c "curl -s -u admin:$pw $base/api/v1/modules | grep -q '\"kinderschutz\"'"
log "platform up; loading the demo"
console() { printf '%s\n' "$@" | "$home/bin/client" -h 127.0.0.1 -a 8101 -u admin -p "$pw" -b 2>&1; }
wait_for "console" bash -c "echo 'ikz:health' | '$home/bin/client' -h 127.0.0.1 -a 8101 -u admin -p '$pw' -b >/dev/null 2>&1"
console "ikz:demo-load --register $register --users-password $staff" | tail -3 >&2
# the coordinator's case access counts once the tenant admin (who did not create it) confirms
python3 - "$base" "$staff" <<'PY'
import base64, json, sys, urllib.request
base, pw = sys.argv[1], sys.argv[2]
auth = "Basic " + base64.b64encode(f"demo-admin:{pw}".encode()).decode()
def call(method, path, body=None):
    r = urllib.request.Request(base + path, method=method, data=None if body is None else json.dumps(body).encode(),
                               headers={"Authorization": auth, "Content-Type": "application/json"})
    return json.load(urllib.request.urlopen(r))
for g in call("GET", "/api/v1/grants?state=PENDING"):
    call("POST", f"/api/v1/grants/{g['id']}/confirm", {})
PY
wait_for "published directory" bash -c "[ \"\$(curl -s -o /dev/null -w '%{http_code}' $pub)\" = 200 ]"

log "creating $offers offers"
created=$(python3 - "$base" "$staff" "$offers" <<'PY'
import base64, http.client, json, sys, threading, time
base, pw, n = sys.argv[1], sys.argv[2], int(sys.argv[3])
host, port = base.replace("http://", "").split(":")
auth = "Basic " + base64.b64encode(f"koordination:{pw}".encode()).decode()
ags = ["05334002", "05334004", "05334008", "05334012", "05334016", "05334020", "05334024", "05334028", "05334032", "05334036"]
types = ["COUNSELLING", "PARENT_COURSE", "MIDWIFE", "PAEDIATRICIAN", "FAMILY_CENTRE", "SPORTS", "TRANSLATED_INFORMATION",
         "EARLY_HELP_CONTACT", "OTHER"]
words = {"de": ("Beratung für Eltern", "Offene Sprechstunde für Familien mit kleinen Kindern, kostenlos und vertraulich."),
         "ar": ("استشارة للآباء", "ساعة استشارة مفتوحة للعائلات التي لديها أطفال صغار، مجانية وسرية."),
         "uk": ("Консультація для батьків", "Відкриті консультації для сімей з малими дітьми, безкоштовно і конфіденційно."),
         "tr": ("Ebeveynler için danışmanlık", "Küçük çocuklu aileler için açık danışma saati, ücretsiz ve gizli."),
         "en": ("Advice for parents", "Open consultation hours for families with young children, free and confidential.")}
others = ["ar", "uk", "tr", "en"]
errors, done, lock = [], [0], threading.Lock()
def work(start, step):
    c = http.client.HTTPConnection(host, int(port), timeout=60)
    for i in range(start, n, step):
        langs = ["de", others[i % 4], others[(i + 1) % 4]]
        body = {"type": types[i % 9], "languages": langs, "ags": ags[i % 10], "street": f"Marktstraße {i % 200 + 1}",
                "postalCode": "52062", "city": "Aachen", "freeOfCharge": i % 3 != 0, "cost": None if i % 3 else "5 Euro",
                "ageFromMonths": (i % 6) * 12, "ageToMonths": (i % 6) * 12 + 47, "published": True,
                "texts": [{"lang": l, "title": f"{words[l][0]} {i}", "description": words[l][1]} for l in langs]}
        c.request("POST", "/api/v1/modules/kinderschutz/offers", json.dumps(body), {"Authorization": auth, "Content-Type": "application/json"})
        r = c.getresponse(); r.read()
        with lock:
            if r.status != 201:
                errors.append(r.status)
            done[0] += 1
t0 = time.time()
ts = [threading.Thread(target=work, args=(k, 4)) for k in range(4)]
[t.start() for t in ts]; [t.join() for t in ts]
print(f"{done[0] - len(errors)} {len(errors)} {time.time() - t0:.1f}")
PY
)
read -r ok failed seconds <<<"$created"
log "created $ok offers in $seconds s ($failed refused)"
total=$(curl -s "$pub/offers?size=1" | python3 -c "import json,sys; print(json.load(sys.stdin)['total'])")
log "the directory lists $total offers"

declare -A queries=(
  [1_page1_de]="$pub/offers"
  [2_arabic]="$pub/offers?language=ar"
  [3_ukrainian_age3]="$pub/offers?language=uk&age=3"
  [4_place_type]="$pub/offers?ags=05334012&type=MIDWIFE"
  [5_words]="$pub/offers?q=beratung&page=50"
  [6_facets]="$pub"
  [7_family_page_ar]="$base/ui/kinderschutz/familien/imblick?language=ar"
)
mkdir -p "$here/results"
file="$here/results/directory-$(date -u +%Y%m%dT%H%M%SZ).txt"
{
  echo "date=$(date -u +%FT%TZ)"
  echo "offers_created=$ok"
  echo "offers_refused=$failed"
  echo "create_seconds=$seconds"
  echo "directory_total=$total"
  echo "threads=2"
  echo "connections=8"
  echo "duration_s=$duration"
} > "$file"
for name in $(printf '%s\n' "${!queries[@]}" | sort); do
  url=${queries[$name]}
  [ "$(curl -s -o /dev/null -w '%{http_code}' "$url")" = 200 ] || { echo "$name: $url does not answer 200" >&2; exit 1; }
  wrk -t2 -c8 -d3s "$url" >/dev/null
  out=$(wrk -t2 -c8 -d"${duration}s" --latency "$url")
  rps=$(echo "$out" | awk '/Requests\/sec/ {print $2}')
  p50=$(echo "$out" | awk '$1 == "50%" {print $2}')
  p99=$(echo "$out" | awk '$1 == "99%" {print $2}')
  non2xx=$(echo "$out" | awk '/Non-2xx/ {print $5}')
  bytes=$(curl -s "$url" | wc -c)
  log "$name: $rps req/s, median $p50, p99 $p99, non-2xx ${non2xx:-0}, $bytes bytes"
  { echo "$name.url=${url#$base}"; echo "$name.rps=$rps"; echo "$name.p50=$p50"; echo "$name.p99=$p99"
    echo "$name.non_2xx=${non2xx:-0}"; echo "$name.bytes=$bytes"; } >> "$file"
done

# the default limit again, read by the running platform; then one client address under load
sed -i 's/^public.requests.per.minute = 100000$/public.requests.per.minute = 60/' "$home/etc/de.ikz.rest.cfg"
wait_for "the limit of 60 in force" bash -c "for i in \$(seq 1 100); do [ \"\$(curl -s -o /dev/null -w '%{http_code}' $pub/offers)\" = 429 ] && exit 0; done; exit 1"
# a fresh minute for the address: the bucket fills again at one request per second
sleep_until_full=61
log "waiting ${sleep_until_full} s until the address's budget is full again"
sleep "$sleep_until_full"
out=$(wrk -t1 -c4 -d"${duration}s" --latency "$pub/offers")
all=$(echo "$out" | awk '/requests in/ {print $1}')
non2xx=$(echo "$out" | awk '/Non-2xx/ {print $5}')
passed=$(( all - ${non2xx:-0} ))
log "limit 60/min, one address, ${duration} s: $all requests, $passed answered 200, ${non2xx:-0} refused (429)"
{ echo "limited.requests=$all"; echo "limited.passed=$passed"; echo "limited.refused=${non2xx:-0}"
  echo "limited.expected_passed=$(( 60 + duration ))"; } >> "$file"
retry=""
for _ in 1 2 3 4 5; do
  retry=$(curl -s -D - -o /dev/null "$pub/offers" | awk -F': ' 'tolower($1) == "retry-after" {print $2}' | tr -d '\r')
  [ -n "$retry" ] && break
done
echo "limited.retry_after=$retry" >> "$file"
echo "written to $file"
