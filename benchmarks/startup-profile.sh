#!/usr/bin/env bash
# Where the cold start goes (issue 14: "measure where the time goes before changing anything").
#
#   bash benchmarks/startup-profile.sh      # needs `mvn -B install -DskipTests` first
#
# Unpacks the distribution into a temp dir, starts it with Java Flight Recorder on (profile settings,
# method samples every 10 ms), waits for the first 200 of /api/v1/health, dumps the recording and
# stops the platform. Then prints
#   - the wall-clock milestones from data/log/karaf.log (first line, features deployed, database
#     and users ready, each module's KAR, health UP),
#   - the CPU samples up to health UP grouped by the code they were in: the first stack frame
#     (from the top) outside the JDK, by its package (three segments, e.g. org.apache.cxf.jaxrs);
#     JDK-only stacks count as "jdk (class loading, zip, reflection…)".
# Writes benchmarks/results/startup-profile-<UTC>.txt. A benchmark, not a test: no thresholds.
set -euo pipefail
export LC_ALL=C

HERE=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
ROOT=$(dirname "$HERE")
TGZ=$ROOT/karaf-assembly/target/ikz-karaf-0.1.0-SNAPSHOT.tar.gz
[ -f "$TGZ" ] || { echo "no $TGZ: run mvn -B install -DskipTests first" >&2; exit 2; }
STAMP=$(date -u +%Y%m%dT%H%M%SZ)
OUT=$HERE/results/startup-profile-$STAMP.txt
mkdir -p "$HERE/results"
WORK=$(mktemp -d /tmp/ikz-startprof.XXXX)
tar xzf "$TGZ" -C "$WORK"
HOME_DIR=$WORK/ikz-karaf-0.1.0-SNAPSHOT
JFR=$WORK/start.jfr
PW='Startup-Profile-2026!'

cleanup() {
  if [ -n "${PID:-}" ] && kill -0 "$PID" 2>/dev/null; then kill "$PID" 2>/dev/null || true; fi
}
trap cleanup EXIT

t0=$(date +%s%N)
( cd "$HOME_DIR" && IKZ_ADMIN_PASSWORD=$PW JAVA_MAX_MEM=512M \
  EXTRA_JAVA_OPTS="-XX:StartFlightRecording=name=start,settings=profile,filename=$JFR -XX:NativeMemoryTracking=summary" setsid bin/start )
deadline=$(( $(date +%s) + 120 ))
until [ "$(curl -s -o /dev/null -w '%{http_code}' http://127.0.0.1:8181/api/v1/health)" = 200 ]; do
  [ "$(date +%s)" -lt "$deadline" ] || { echo "no health 200 within 120 s" >&2; exit 1; }
  sleep 0.05
done
t1=$(date +%s%N)
PID=$(pgrep -f "karaf.base=$HOME_DIR" | head -1)
jcmd "$PID" JFR.dump name=start filename="$JFR" >/dev/null
up_ms=$(( (t1 - t0) / 1000000 ))
# memory 15 s after health UP, as benchmarks/platform.sh measures RSS; NMT adds a few MiB of its own
sleep 15
rss_kib=$(ps -o rss= -p "$PID" | tr -d ' ')
jcmd "$PID" VM.native_memory summary > "$WORK/nmt.txt"

{
  echo "startup profile $STAMP, commit $(git -C "$ROOT" rev-parse --short HEAD), $(nproc) cores"
  echo "launch -> /health 200: ${up_ms} ms"
  echo
  echo "milestones (data/log/karaf.log, seconds after its first timestamped line):"
  python3 - "$HOME_DIR/data/log/karaf.log" <<'PY'
import re, sys, datetime
marks = re.compile(r"Adding features|Changes to perform|\| Done\.|migrations of '[a-z-]+' applied|users live in the platform|"
                   r"Deployment finished|[Ii]nstalling KAR|is not installed \(an interrupted deploy\)")
first = None
for line in open(sys.argv[1], errors="replace"):
    m = re.match(r"(\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d,\d{3})", line)
    if not m:
        continue
    t = datetime.datetime.strptime(m.group(1), "%Y-%m-%dT%H:%M:%S,%f")
    if first is None:
        first = t
    if marks.search(line):
        text = line.split("|")[-1].strip()
        print(f"  {(t - first).total_seconds():6.2f} s  {text[:110]}")
PY
  echo
  echo "memory 15 s after /health 200: RSS $(( rss_kib / 1024 )) MiB; committed by the JVM (NMT summary, MiB):"
  python3 - "$WORK/nmt.txt" <<'PY'
import re, sys
for line in open(sys.argv[1]):
    m = re.match(r"\s*-?\s*(Total|Java Heap|Class|Thread|Code|GC|Compiler|Internal|Other|Symbol|Metaspace|Arena Chunk|Native Memory Tracking)\s*\(reserved=\d+KB, committed=(\d+)KB", line)
    if m:
        print(f"  {m.group(1):24s} {int(m.group(2)) / 1024:7.1f}")
PY
  echo
  echo "CPU samples until /health 200, by the first frame outside the JDK (package, 3 segments):"
  jfr print --json --events jdk.ExecutionSample "$JFR" | python3 -c '
import json, sys, collections
data = json.load(sys.stdin)
events = data["recording"]["events"]
count = collections.Counter()
for e in events:
    frames = e["values"]["stackTrace"]["frames"] if e["values"].get("stackTrace") else []
    where = "jdk (class loading, zip, reflection…)"
    for f in frames:
        cls = f["method"]["type"]["name"].replace("/", ".")
        if not cls.startswith(("java.", "jdk.", "sun.", "javax.", "com.sun.")):
            where = ".".join(cls.split(".")[:3])
            break
    count[where] += 1
total = sum(count.values()) or 1
print(f"  {total} samples (one per 10-20 ms of a running thread)")
for where, n in count.most_common(20):
    print(f"  {100.0*n/total:5.1f} %  {where}")
'
} | tee "$OUT"

( cd "$HOME_DIR" && bin/stop >/dev/null 2>&1 || true )
for _ in $(seq 1 100); do kill -0 "$PID" 2>/dev/null || break; sleep 0.1; done
cleanup
echo "written: $OUT (logs kept in $WORK)"
