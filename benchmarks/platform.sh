#!/usr/bin/env bash
# Platform benchmark (issue: foundation): the IKZ distribution against a bare Apache Karaf 4.4.10
# with the CXF 3.6.10 HTTP transport, same machine, same JVM settings.
#
#   bash benchmarks/platform.sh                # needs `mvn -B install -DskipTests` first
#   BENCH_RUNS=5 bash benchmarks/platform.sh   # more runs (default 3)
#   BENCH_ONLY=ikz|bare                         # debugging aid: one side only
#
# Per run, each distribution is unpacked fresh into a temp dir (mktemp under /tmp) and started
# with `setsid bin/start`; the two Karafs run one after the other, never at the same time.
#
#   IKZ   cold start   launch of bin/start -> first HTTP 200 from /api/v1/health
#         idle RSS     ps -o rss of the Karaf JVM, 15 s after that first 200
#         hot-deploy   copy of the test module jar into deploy/ -> "itest-module" listed by
#                      GET /api/v1/modules; and delete -> no longer listed
#   bare  cold start   launch of bin/start -> first HTTP response (any status) from /cxf/
#         idle RSS     15 s after that first response
#         (also recorded: launch -> first 200 from /cxf/, the CXF service list)
#   both  JVM CPU time (user+system) up to the first answer, the status of the first answer,
#         ERROR/WARN line counts of data/log/karaf.log (the logs are kept under /tmp/ikz-bench.*)
#
# Polling every 50 ms, deadline 120 s per wait. Writes benchmarks/results/platform-<UTC>.txt
# (key=value) and prints a summary. Benchmarks are not tests: there are no thresholds.
# Needs bash 5, curl, python3, ps, and mvn for fetching apache-karaf-4.4.10.tar.gz.
set -euo pipefail
export LC_ALL=C

RUNS=${BENCH_RUNS:-3}
[[ $RUNS =~ ^[1-9][0-9]*$ ]] || { echo "BENCH_RUNS must be a positive integer" >&2; exit 2; }

HERE=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
ROOT=$(dirname "$HERE")
IKZ_TGZ=$ROOT/karaf-assembly/target/ikz-karaf-0.1.0-SNAPSHOT.tar.gz
IKZ_DIRNAME=ikz-karaf-0.1.0-SNAPSHOT
MODULE_JAR=$ROOT/itests/test-module/target/ikz-itest-module-0.1.0-SNAPSHOT.jar
MODULE_ID=itest-module
KARAF_VERSION=4.4.10
CXF_VERSION=3.6.10
M2_REPO=${BENCH_M2_REPO:-$HOME/.m2/repository}
RESULTS_DIR=$HERE/results

BASE_URL=http://127.0.0.1:8181
HEALTH_URL=$BASE_URL/api/v1/health
MODULES_URL=$BASE_URL/api/v1/modules
CXF_URL=$BASE_URL/cxf/
ADMIN_USER=admin
ADMIN_PASSWORD=some-long-password-1

POLL_S=0.05        # poll interval
DEADLINE_S=120     # per wait
IDLE_S=15          # RSS is taken this long after the first answer
STOP_DEADLINE_S=60 # bin/stop, then TERM, then KILL

# Same JVM settings for both distributions (the IKZ bin/setenv sets the same values by default, including the
# G1 settings that give idle heap back; bare Karaf gets them here, so the ratio compares footprints, not settings).
JVM_ENV=(JAVA_MIN_MEM=128M JAVA_MAX_MEM=512M
         "EXTRA_JAVA_OPTS=-Djdk.util.zip.disableZip64ExtraFieldValidation=true -XX:G1PeriodicGCInterval=5000 -XX:MaxHeapFreeRatio=30 -XX:MinHeapFreeRatio=10")

log() { printf '[%s] %s\n' "$(date -u +%H:%M:%S)" "$*" >&2; }
die() { log "ERROR: $*"; exit 1; }

# ---------------------------------------------------------------- preconditions
for f in "$IKZ_TGZ" "$MODULE_JAR"; do
    [[ -f $f ]] || die "missing $f - build first: mvn -B install -DskipTests"
done
for c in curl python3 ps mvn tar; do command -v "$c" >/dev/null || die "needs $c"; done
(( BASH_VERSINFO[0] >= 5 )) || die "needs bash 5 (EPOCHREALTIME)"

port_busy() {
    [[ $(curl -s -o /dev/null -w '%{http_code}' --max-time 2 "$BASE_URL/" || true) != 000 ]] && return 0
    if command -v ss >/dev/null; then
        ss -ltnH 2>/dev/null | awk '{print $4}' | grep -Eq ':(8181|8101)$' && return 0
    fi
    return 1
}
port_busy && die "port 8181 or 8101 is in use: stop the other Karaf first"

WORK=$(mktemp -d /tmp/ikz-bench.XXXXXX)    # downloads, kept logs
LOGS=$WORK/logs
mkdir -p "$LOGS" "$RESULTS_DIR"

# --------------------------------------------------------------- process control
CUR_DIR=""   # unpacked folder of the running Karaf, if any
CUR_PID=""   # its JVM pid
CUR_WRAPPER="" # the bin/karaf shell that runs the JVM
RUN_DIR=""   # per-run temp dir

now_us() { NOW_US=${EPOCHREALTIME/./}; }   # sets NOW_US (microseconds since the epoch)

# pid of the java process whose command line names this folder (unique temp path)
find_jvm() {
    local dir=$1 pid
    if [[ -f $dir/data/karaf.pid ]]; then
        pid=$(tr -dc '0-9' < "$dir/data/karaf.pid")
        if [[ -n $pid ]] && tr '\0' ' ' < "/proc/$pid/cmdline" 2>/dev/null | grep -qF -- "$dir"; then
            echo "$pid"; return 0
        fi
    fi
    ps -eo pid=,comm=,args= | awk -v d="$dir" '$2 == "java" && index($0, d) { print $1; exit }'
}

# the bin/karaf shell running this JVM (its parent), if it is one
wrapper_of() {
    local ppid
    ppid=$(ps -o ppid= -p "$1" | tr -d ' ')
    [[ -n $ppid && $ppid != 1 ]] || return 0
    tr '\0' ' ' < "/proc/$ppid/cmdline" 2>/dev/null | grep -q 'bin/karaf' && echo "$ppid"
    return 0
}

alive() { [[ -n ${1:-} ]] && kill -0 "$1" 2>/dev/null; }
running() {   # alive and not a zombie
    local st
    [[ -n ${1:-} ]] || return 1
    st=$(ps -o stat= -p "$1" 2>/dev/null || true)
    [[ -n $st && $st != Z* ]]
}

stop_karaf() {
    local dir=$CUR_DIR pid=$CUR_PID
    [[ -n $dir ]] || return 0
    [[ -n $pid ]] || pid=$(find_jvm "$dir" || true)
    if alive "$pid" || [[ -z $pid ]]; then
        (cd "$dir" && env "${JVM_ENV[@]}" bin/stop >/dev/null 2>&1) || true
    fi
    [[ -n $pid ]] || pid=$(find_jvm "$dir" || true)
    local end=$((SECONDS + STOP_DEADLINE_S))
    while alive "$pid" && (( SECONDS < end )); do sleep "$POLL_S"; done
    if alive "$pid"; then
        log "Karaf pid $pid still running after bin/stop + ${STOP_DEADLINE_S}s: TERM"
        kill "$pid" 2>/dev/null || true
        end=$((SECONDS + 15))
        while alive "$pid" && (( SECONDS < end )); do sleep "$POLL_S"; done
        alive "$pid" && { log "KILL $pid"; kill -9 "$pid" 2>/dev/null || true; }
    fi
    # the bin/karaf wrapper shell exits with its JVM (it may stay a zombie until init reaps it)
    end=$((SECONDS + 15))
    while running "$CUR_WRAPPER" && (( SECONDS < end )); do sleep "$POLL_S"; done
    running "$CUR_WRAPPER" && { log "TERM wrapper $CUR_WRAPPER"; kill "$CUR_WRAPPER" 2>/dev/null || true; }
    # wait for the ports to be released
    end=$((SECONDS + 30))
    while port_busy && (( SECONDS < end )); do sleep "$POLL_S"; done
    CUR_DIR=""; CUR_PID=""; CUR_WRAPPER=""
}

cleanup() {
    local rc=$?
    stop_karaf || true
    if [[ -n $RUN_DIR && -d $RUN_DIR ]]; then
        if (( rc != 0 )); then
            for d in "$RUN_DIR"/*/; do keep_log "${d%/}" "failed-$(basename "$d")"; done
            log "logs of the failed run kept in $LOGS"
        fi
        rm -rf "$RUN_DIR"
    fi
    [[ -d $WORK/dl ]] && rm -rf "$WORK/dl"
    exit $rc
}
trap cleanup EXIT
trap 'exit 130' INT TERM

# launch bin/start in $1; sets T0_US (just before launch) and CUR_DIR; extra env in the rest
launch() {
    local dir=$1; shift
    CUR_DIR=$dir; CUR_PID=""
    now_us; T0_US=$NOW_US
    (cd "$dir" && env -u JAVA_OPTS -u KARAF_OPTS "${JVM_ENV[@]}" "$@" setsid bin/start \
        >"$dir/start.out" 2>&1 </dev/null)
}

# poll URL until a status is seen: mode "200" (first 200) or "any" (first non-000).
# Sets FIRST_ANY_US, FIRST_ANY_CODE, FIRST_200_US (or empty) and LAST_CODE. Returns 1 on deadline.
# With a third argument (microsecond epoch), keeps polling until then for a 200 after "any".
wait_http() {
    local url=$1 mode=$2 until_us=${3:-} code
    local end_us=$(( T0_US + DEADLINE_S * 1000000 ))
    FIRST_ANY_US=""; FIRST_ANY_CODE=""; FIRST_200_US=""; LAST_CODE=000
    while :; do
        code=$(curl -s -o /dev/null -w '%{http_code}' --max-time 2 "$url" || true)
        now_us
        LAST_CODE=$code
        if [[ $code != 000 && -z $FIRST_ANY_US ]]; then FIRST_ANY_US=$NOW_US; FIRST_ANY_CODE=$code; fi
        if [[ $code == 200 ]]; then FIRST_200_US=$NOW_US; return 0; fi
        if [[ $mode == any && -n $FIRST_ANY_US ]]; then
            [[ -z $until_us ]] && return 0
            (( NOW_US >= until_us )) && return 0
        fi
        (( NOW_US >= end_us )) && return 1
        sleep "$POLL_S"
    done
}

# sleep until the given microsecond epoch
sleep_until_us() {
    now_us
    local d=$(( $1 - NOW_US ))
    # in the background + wait, so that INT/TERM interrupt it at once
    (( d > 0 )) && { sleep "$(printf '%d.%06d' $((d / 1000000)) $((d % 1000000)))" & wait $!; }
    return 0
}

rss_kib() { ps -o rss= -p "$1" | tr -d ' '; }

# user+system CPU time of a process so far, in ms (/proc/PID/stat fields 14 and 15)
CLK_TCK=$(getconf CLK_TCK)
cpu_ms() { awk -v hz="$CLK_TCK" '{ sub(/^.*\) /, ""); printf "%d\n", ($12 + $13) * 1000 / hz }' "/proc/$1/stat"; }

ms_since() { echo $(( ($2 - $1 + 500) / 1000 )); }   # (from_us, to_us) -> ms

# modules listing: sets MOD_CODE and returns 0 if the module is listed
module_listed() {
    local body
    body=$(curl -s --max-time 2 -u "$ADMIN_USER:$ADMIN_PASSWORD" -w '\n%{http_code}' "$MODULES_URL" || true)
    MOD_CODE=${body##*$'\n'}
    [[ $MOD_CODE == 200 ]] || return 1
    grep -Eq "\"id\"[[:space:]]*:[[:space:]]*\"$MODULE_ID\"" <<<"${body%$'\n'*}"
}

# poll until the module is listed (want=yes) or gone with a 200 listing (want=no); echoes ms
wait_module() {
    local want=$1 t0=$2 end_us=$(( $2 + DEADLINE_S * 1000000 ))
    while :; do
        if module_listed; then
            [[ $want == yes ]] && { now_us; ms_since "$t0" "$NOW_US"; return 0; }
        elif [[ $MOD_CODE == 200 && $want == no ]]; then
            now_us; ms_since "$t0" "$NOW_US"; return 0
        fi
        now_us; (( NOW_US >= end_us )) && return 1
        sleep "$POLL_S"
    done
}

keep_log() {   # $1 = unpacked dir, $2 = name
    [[ -f $1/data/log/karaf.log ]] && cp "$1/data/log/karaf.log" "$LOGS/$2-karaf.log"
    [[ -f $1/start.out ]] && cp "$1/start.out" "$LOGS/$2-start.out"
    return 0
}

count_lines() { if [[ -f $2 ]]; then grep -c " $1 " "$2" || true; else echo 0; fi; }   # level, log

# -------------------------------------------------------------- bare Karaf setup
BARE_TGZ=$WORK/dl/apache-karaf-$KARAF_VERSION.tar.gz
fetch_bare() {
    mkdir -p "$WORK/dl"
    log "fetching org.apache.karaf:apache-karaf:$KARAF_VERSION:tar.gz (mvn dependency:copy)"
    (cd "$WORK" && mvn -q -B dependency:copy \
        "-Dartifact=org.apache.karaf:apache-karaf:$KARAF_VERSION:tar.gz" \
        "-DoutputDirectory=$WORK/dl" >"$WORK/dl/mvn.out" 2>&1) \
        || { cat "$WORK/dl/mvn.out" >&2; die "could not fetch apache-karaf-$KARAF_VERSION.tar.gz"; }
    [[ -f $BARE_TGZ ]] || die "mvn did not produce $BARE_TGZ"
    # The CXF features must resolve offline from $M2_REPO: check up front and say what is missing.
    local feat=$M2_REPO/org/apache/cxf/karaf/apache-cxf/$CXF_VERSION/apache-cxf-$CXF_VERSION-features.xml
    if [[ ! -f $feat ]]; then
        log "CXF features not in $M2_REPO: mvn dependency:get org.apache.cxf.karaf:apache-cxf:$CXF_VERSION:xml:features"
        mvn -q -B dependency:get "-Dartifact=org.apache.cxf.karaf:apache-cxf:$CXF_VERSION:xml:features" \
            -Dtransitive=false >/dev/null || die "cannot fetch the CXF features repository"
    fi
    python3 - "$feat" "$M2_REPO" <<'PY' || die "bundles of cxf-http/cxf-core missing from the local Maven repository (see above)"
import sys, os, re, xml.etree.ElementTree as ET
feat, repo = sys.argv[1], sys.argv[2]
root = ET.parse(feat).getroot()
ns = root.tag.split('}')[0] + '}' if root.tag.startswith('{') else ''
feats = {f.get('name'): f for f in root.iter(ns + 'feature') if f.get('version')}
need, seen, missing = ['cxf-http', 'cxf-core'], set(), []
def path(url):
    g, a, v, *rest = url[4:].split('/')
    typ = rest[0] if rest else 'jar'; cls = rest[1] if len(rest) > 1 else None
    return os.path.join(repo, *g.split('.'), a, v, f"{a}-{v}{'-' + cls if cls else ''}.{typ}")
while need:
    n = need.pop()
    if n in seen or n not in feats: continue   # features outside CXF (http, shell) come from Karaf's system/
    seen.add(n)
    for el in feats[n].iter():
        tag = el.tag[len(ns):]
        if tag == 'feature' and el is not feats[n]: need.append(el.text.strip())
        elif tag == 'bundle':
            u = el.text.strip()
            if u.startswith('mvn:') and not os.path.isfile(path(u)): missing.append(u)
for m in missing: print('missing in local repo:', m, file=sys.stderr)
sys.exit(1 if missing else 0)
PY
}

configure_bare() {   # $1 = unpacked apache-karaf folder
    python3 - "$1/etc" "$CXF_VERSION" "$M2_REPO" <<'PY'
import sys, re
etc, cxf, repo = sys.argv[1], sys.argv[2], sys.argv[3]

def append_to_list(lines, key, item):
    """Append item to a 'key = \\ <indented a, \\> ... <last>' property, keeping its layout."""
    for i, l in enumerate(lines):
        if re.match(r'\s*' + re.escape(key) + r'\s*[=:]', l):
            j = i
            while lines[j].rstrip('\n').endswith('\\'):
                j += 1
            last = lines[j].rstrip('\n')
            indent = (re.match(r'\s*', lines[j]).group(0) if j > i else '') or '    '
            if j == i:  # value on one line
                lines[j] = f"{last}, {item}\n" if last.split('=', 1)[1].strip() else f"{last}{item}\n"
            else:
                lines[j] = f"{last}, \\\n"
                lines.insert(j + 1, f"{indent}{item}\n")
            return
    raise SystemExit(f"{key} not found")

def set_prop(lines, key, value):
    """Replace key (commented or not, possibly multi-line) with 'key=value'."""
    out, i, done = [], 0, False
    while i < len(lines):
        l = lines[i]
        if re.match(r'\s*#?\s*' + re.escape(key) + r'\s*[=:]', l):
            while lines[i].rstrip('\n').endswith('\\') and not lines[i].lstrip().startswith('#'):
                i += 1
            if not done:
                out.append(f"{key}={value}\n"); done = True
        else:
            out.append(l)
        i += 1
    if not done:
        out.append(f"{key}={value}\n")
    return out

f = f"{etc}/org.apache.karaf.features.cfg"
lines = open(f).readlines()
append_to_list(lines, 'featuresRepositories', f"mvn:org.apache.cxf.karaf/apache-cxf/{cxf}/xml/features")
append_to_list(lines, 'featuresBoot', 'cxf-http')
append_to_list(lines, 'featuresBoot', 'cxf-core')
open(f, 'w').writelines(lines)

f = f"{etc}/org.ops4j.pax.url.mvn.cfg"
lines = open(f).readlines()
lines = set_prop(lines, 'org.ops4j.pax.url.mvn.localRepository', repo)
lines = set_prop(lines, 'org.ops4j.pax.url.mvn.repositories', '')
open(f, 'w').writelines(lines)
PY
}

# ------------------------------------------------------------------------- runs
declare -a IKZ_START IKZ_FIRST IKZ_RSS IKZ_DEPLOY IKZ_UNDEPLOY IKZ_ERRORS IKZ_WARNS IKZ_CPU IKZ_FIRST_CODE
declare -a BARE_START BARE_200 BARE_RSS BARE_CODE BARE_ERRORS BARE_WARNS BARE_CPU BARE_FIRST_CODE

run_ikz() {   # $1 = run number
    local n=$1 dir ms
    RUN_DIR=$(mktemp -d /tmp/ikz-bench-ikz.XXXXXX)
    tar -xzf "$IKZ_TGZ" -C "$RUN_DIR"
    dir=$RUN_DIR/$IKZ_DIRNAME
    log "IKZ run $n/$RUNS: $dir"
    launch "$dir" IKZ_ADMIN_PASSWORD="$ADMIN_PASSWORD"
    wait_http "$HEALTH_URL" 200 || { keep_log "$dir" "ikz-run$n"; die "IKZ: no 200 from $HEALTH_URL within ${DEADLINE_S}s (last $LAST_CODE); logs in $LOGS"; }
    IKZ_START+=("$(ms_since "$T0_US" "$FIRST_200_US")")
    IKZ_FIRST+=("$(ms_since "$T0_US" "$FIRST_ANY_US")")
    IKZ_FIRST_CODE+=("$FIRST_ANY_CODE")
    CUR_PID=$(find_jvm "$dir"); [[ -n $CUR_PID ]] || die "IKZ: JVM process not found"
    IKZ_CPU+=("$(cpu_ms "$CUR_PID")")
    CUR_WRAPPER=$(wrapper_of "$CUR_PID")
    sleep_until_us $(( FIRST_200_US + IDLE_S * 1000000 ))
    IKZ_RSS+=("$(rss_kib "$CUR_PID")")

    module_listed && die "IKZ: $MODULE_ID listed before deploy"
    [[ $MOD_CODE == 200 ]] || die "IKZ: GET $MODULES_URL answered $MOD_CODE (admin password?)"
    now_us; local t=$NOW_US
    cp "$MODULE_JAR" "$dir/deploy/"
    ms=$(wait_module yes "$t") || die "IKZ: $MODULE_ID not listed within ${DEADLINE_S}s"
    IKZ_DEPLOY+=("$ms")
    now_us; t=$NOW_US
    rm -f "$dir/deploy/$(basename "$MODULE_JAR")"
    ms=$(wait_module no "$t") || die "IKZ: $MODULE_ID still listed after ${DEADLINE_S}s"
    IKZ_UNDEPLOY+=("$ms")

    stop_karaf
    keep_log "$dir" "ikz-run$n"
    IKZ_ERRORS+=("$(count_lines ERROR "$dir/data/log/karaf.log")")
    IKZ_WARNS+=("$(count_lines WARN "$dir/data/log/karaf.log")")
    log "IKZ run $n: start ${IKZ_START[-1]} ms, RSS $(( IKZ_RSS[-1] / 1024 )) MiB, deploy ${IKZ_DEPLOY[-1]} ms, undeploy ${IKZ_UNDEPLOY[-1]} ms, ERROR lines ${IKZ_ERRORS[-1]}"
    rm -rf "$RUN_DIR"; RUN_DIR=""
}

run_bare() {   # $1 = run number
    local n=$1 dir
    RUN_DIR=$(mktemp -d /tmp/ikz-bench-bare.XXXXXX)
    tar -xzf "$BARE_TGZ" -C "$RUN_DIR"
    dir=$RUN_DIR/apache-karaf-$KARAF_VERSION
    configure_bare "$dir"
    log "bare Karaf+CXF run $n/$RUNS: $dir"
    launch "$dir"
    # first response of any status; then, until the RSS point, look for the first 200 as well
    wait_http "$CXF_URL" any || { keep_log "$dir" "bare-run$n"; die "bare: no HTTP response from $CXF_URL within ${DEADLINE_S}s; logs in $LOGS"; }
    BARE_FIRST_CODE+=("$FIRST_ANY_CODE")
    local first=$FIRST_ANY_US rss_at=$(( FIRST_ANY_US + IDLE_S * 1000000 ))
    CUR_PID=$(find_jvm "$dir"); [[ -n $CUR_PID ]] || die "bare: JVM process not found"
    BARE_CPU+=("$(cpu_ms "$CUR_PID")")
    BARE_START+=("$(ms_since "$T0_US" "$first")")
    if [[ -z $FIRST_200_US ]]; then wait_http "$CXF_URL" any "$rss_at" || true; fi
    if [[ -n $FIRST_200_US ]]; then BARE_200+=("$(ms_since "$T0_US" "$FIRST_200_US")"); else BARE_200+=(NA); fi
    CUR_WRAPPER=$(wrapper_of "$CUR_PID")
    sleep_until_us "$rss_at"
    BARE_RSS+=("$(rss_kib "$CUR_PID")")
    BARE_CODE+=("$(curl -s -o /dev/null -w '%{http_code}' --max-time 2 "$CXF_URL" || true)")

    stop_karaf
    keep_log "$dir" "bare-run$n"
    BARE_ERRORS+=("$(count_lines ERROR "$dir/data/log/karaf.log")")
    BARE_WARNS+=("$(count_lines WARN "$dir/data/log/karaf.log")")
    log "bare run $n: first response ${BARE_START[-1]} ms (status ${BARE_FIRST_CODE[-1]}), first 200 ${BARE_200[-1]} ms, RSS $(( BARE_RSS[-1] / 1024 )) MiB, /cxf/ status ${BARE_CODE[-1]}, ERROR lines ${BARE_ERRORS[-1]}"
    rm -rf "$RUN_DIR"; RUN_DIR=""
}

STAMP=$(date -u +%Y%m%dT%H%M%SZ)
ONLY=${BENCH_ONLY:-}   # debugging aid: "ikz" or "bare" runs one side only
[[ $ONLY == ikz ]] || fetch_bare
[[ $ONLY == bare ]] || for ((i = 1; i <= RUNS; i++)); do run_ikz "$i"; done
[[ $ONLY == ikz ]] || for ((i = 1; i <= RUNS; i++)); do run_bare "$i"; done

# ---------------------------------------------------------------------- results
OUT=$RESULTS_DIR/platform-$STAMP.txt
join() { local IFS=,; echo "$*"; }
JAVA_VERSION=$(java -version 2>&1 | head -n 1)
MEM_KIB=$(awk '/^MemTotal:/ {print $2}' /proc/meminfo)
CPU_MODEL=$(awk -F': ' '/^model name/ {print $2; exit}' /proc/cpuinfo)

export B_OUT=$OUT B_STAMP=$STAMP B_RUNS=$RUNS B_KARAF=$KARAF_VERSION B_CXF=$CXF_VERSION B_IDLE=$IDLE_S
export B_NPROC=$(nproc) B_MEM_MIB=$(( MEM_KIB / 1024 )) B_CPU=$CPU_MODEL B_JAVA=$JAVA_VERSION
export B_KERNEL=$(uname -sr) B_JVM_ENV="${JVM_ENV[*]}"
export R_ikz_cold_start_ms=$(join "${IKZ_START[@]}")
export R_ikz_first_response_ms=$(join "${IKZ_FIRST[@]}")
export R_ikz_idle_rss_kib=$(join "${IKZ_RSS[@]}")
export R_ikz_hot_deploy_ms=$(join "${IKZ_DEPLOY[@]}")
export R_ikz_hot_undeploy_ms=$(join "${IKZ_UNDEPLOY[@]}")
export R_ikz_log_error_lines=$(join "${IKZ_ERRORS[@]}")
export R_ikz_log_warn_lines=$(join "${IKZ_WARNS[@]}")
export R_ikz_start_cpu_ms=$(join "${IKZ_CPU[@]}")
export R_ikz_first_response_status=$(join "${IKZ_FIRST_CODE[@]}")
export R_bare_cold_start_ms=$(join "${BARE_START[@]}")
export R_bare_first_200_ms=$(join "${BARE_200[@]}")
export R_bare_idle_rss_kib=$(join "${BARE_RSS[@]}")
export R_bare_cxf_status_at_rss=$(join "${BARE_CODE[@]}")
export R_bare_log_error_lines=$(join "${BARE_ERRORS[@]}")
export R_bare_log_warn_lines=$(join "${BARE_WARNS[@]}")
export R_bare_start_cpu_ms=$(join "${BARE_CPU[@]}")
export R_bare_first_response_status=$(join "${BARE_FIRST_CODE[@]}")
python3 - <<'PY'
import os, statistics
e = os.environ
keys = ['ikz_cold_start_ms', 'ikz_first_response_ms', 'ikz_idle_rss_kib', 'ikz_hot_deploy_ms',
        'ikz_hot_undeploy_ms', 'ikz_log_error_lines', 'ikz_log_warn_lines', 'bare_cold_start_ms',
        'bare_first_200_ms', 'bare_idle_rss_kib', 'bare_cxf_status_at_rss', 'bare_log_error_lines',
        'bare_log_warn_lines', 'ikz_start_cpu_ms', 'bare_start_cpu_ms',
        'ikz_first_response_status', 'bare_first_response_status']
raw = {k.replace('_', '.', 1): e['R_' + k] for k in keys}
def nums(s): return [float(x) for x in s.split(',') if x not in ('', 'NA')]
def fmt(x): return str(int(x)) if float(x).is_integer() else f"{x:.1f}"
lines = [
  f"# IKZ platform benchmark: IKZ distribution vs bare Apache Karaf {e['B_KARAF']} + CXF {e['B_CXF']} (features cxf-http, cxf-core)",
  "# produced by benchmarks/platform.sh; *_ms = milliseconds, *_kib = KiB (ps -o rss), *_mib = MiB;",
  "# *.runs = raw per-run values in run order; median/min/max over the runs",
  f"timestamp={e['B_STAMP']}",
  f"runs={e['B_RUNS']}",
  f"machine.nproc={e['B_NPROC']}",
  f"machine.mem_total_mib={e['B_MEM_MIB']}",
  f"machine.cpu={e['B_CPU']}",
  f"machine.java={e['B_JAVA']}",
  f"machine.kernel={e['B_KERNEL']}",
  f"jvm.env={e['B_JVM_ENV']}",
  "poll_interval_ms=50",
  f"idle_delay_s={e['B_IDLE']}",
]
med = {}
for k, v in raw.items():
    lines.append(f"{k}.runs={v}")
    n = nums(v)
    if not n or k.endswith(('_lines', '_status', 'cxf_status_at_rss')): continue
    med[k] = statistics.median(n)
    lines += [f"{k}.median={fmt(med[k])}", f"{k}.min={fmt(min(n))}", f"{k}.max={fmt(max(n))}"]
    if k.endswith('_kib'):
        m = k[:-4] + '_mib'
        lines += [f"{m}.median={med[k]/1024:.1f}", f"{m}.min={min(n)/1024:.1f}", f"{m}.max={max(n)/1024:.1f}"]
def ratio(name, a, b):
    if a in med and b in med: lines.append(f"{name}={med[a] / med[b]:.2f}")
ratio('ratio.cold_start', 'ikz.cold_start_ms', 'bare.cold_start_ms')
ratio('ratio.idle_rss', 'ikz.idle_rss_kib', 'bare.idle_rss_kib')
ratio('ratio.start_cpu', 'ikz.start_cpu_ms', 'bare.start_cpu_ms')
ratio('ratio.cold_start_vs_bare_first_200', 'ikz.cold_start_ms', 'bare.first_200_ms')
open(e['B_OUT'], 'w').write('\n'.join(lines) + '\n')
PY

kv() { awk -F= -v k="$1" '$1 == k {print $2}' "$OUT"; }
rng() { echo "$(kv "$1.median") ($(kv "$1.min")-$(kv "$1.max"))"; }
echo
echo "Platform benchmark, $RUNS runs each, median (min-max)   -> $OUT"
printf '  %-34s %-26s %-26s %s\n' measure IKZ "bare Karaf+CXF" IKZ/bare
printf '  %-34s %-26s %-26s %s\n' "cold start [ms]" "$(rng ikz.cold_start_ms)" "$(rng bare.cold_start_ms)" "$(kv ratio.cold_start)"
printf '  %-34s %-26s %-26s %s\n' "idle RSS after 15 s [MiB]" "$(rng ikz.idle_rss_mib)" "$(rng bare.idle_rss_mib)" "$(kv ratio.idle_rss)"
printf '  %-34s %-26s %-26s %s\n' "JVM CPU time until then [ms]" "$(rng ikz.start_cpu_ms)" "$(rng bare.start_cpu_ms)" "$(kv ratio.start_cpu)"
printf '  %-34s %-26s %-26s\n' "module hot-deploy [ms]" "$(rng ikz.hot_deploy_ms)" "-"
printf '  %-34s %-26s %-26s\n' "module hot-undeploy [ms]" "$(rng ikz.hot_undeploy_ms)" "-"
if [[ -n $(kv bare.first_200_ms.median) ]]; then
    printf '  %-34s %-26s %-26s %s\n' "(bare: first 200 from /cxf/ [ms])" "-" "$(rng bare.first_200_ms)" "$(kv ratio.cold_start_vs_bare_first_200)"
fi
echo "  ERROR / WARN lines in karaf.log per run: IKZ $(kv ikz.log_error_lines.runs) / $(kv ikz.log_warn_lines.runs), bare $(kv bare.log_error_lines.runs) / $(kv bare.log_warn_lines.runs)"
echo "  status of the first HTTP answer: IKZ $(kv ikz.first_response_status.runs) at $(kv ikz.first_response_ms.runs) ms, bare $(kv bare.first_response_status.runs)"
echo "  Karaf logs of every run kept in $LOGS"
