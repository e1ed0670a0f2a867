#!/usr/bin/env bash
# Upgrade with data in place, word for word as docs/operator-guide.md "Upgrade" says (issue 14).
#
#   OLD_TGZ=/path/to/old/ikz-karaf-*.tar.gz bash reliability/upgrade-trial.sh
#
# OLD_TGZ is the previous release's distribution. There is no release repository yet; build one from
# its commit without touching your own Maven repository, e.g. for 20c3192 (the last state with users
# in etc/users.properties):
#   git worktree add /tmp/oldsrc 20c3192 && cd /tmp/oldsrc
#   mkdir /tmp/oldrepo && (cd ~/.m2/repository && tar cf - --exclude=./de/ikz .) | (cd /tmp/oldrepo && tar xf -)
#   mvn -o -q install -DskipTests -Dmaven.repo.local=/tmp/oldrepo -pl '!uitests,!reliability,!itests,!benchmarks/allocation,!archetype'
# and set OLD_MAVEN_REPO=/tmp/oldrepo (20c3192's distribution lacks its console bundle and takes it from there).
# NEW_TGZ defaults to this checkout's karaf-assembly/target/ikz-karaf-0.1.0-SNAPSHOT.tar.gz.
#
# The old release gets data: the demo (three cooperations, users, Frühe Hilfen families with sealed
# fields), a tenant with a user of its own. Then: 1. backup (ikz:backup) and note the version, 2. bin/stop and
# wait for "Not Running", 3. the new release unpacked next to it and the guide's files carried over,
# 4. the new release started. Checked: /health UP with all modules, the old users log in with their
# old passwords (now from the database; users.properties renamed), every list the admin reads is equal,
# the access log is intact, a sealed Frühe Hilfen field still reads. Ports 8181/8101 must be free.
# Prints PASS or the first FAIL; exit code 0 only on PASS.
set -euo pipefail
export LC_ALL=C
HERE=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
ROOT=$(dirname "$HERE")
OLD_TGZ=${OLD_TGZ:?set OLD_TGZ to the previous release}
NEW_TGZ=${NEW_TGZ:-$ROOT/karaf-assembly/target/ikz-karaf-0.1.0-SNAPSHOT.tar.gz}
W=$(mktemp -d /tmp/ikz-upgrade.XXXX)
PW='Upgrade-Trial-2026!'
USER_PW='Kreis-Probe-2026-q'
B=http://127.0.0.1:8181/api/v1
fail() { echo "FAIL: $*"; exit 1; }
wait_health() {
  for _ in $(seq 1 600); do
    [ "$(curl -s -o /dev/null -w '%{http_code}' $B/health)" = 200 ] && return 0
    sleep 0.2
  done
  fail "no /health 200 within 120 s ($1)"
}
console() { echo "$2" | "$1/bin/client" -h 127.0.0.1 -a 8101 -u admin -p "$PW" -b 2>/dev/null; }
lists() {
  for l in tenants users "participants?tenant=demo" "agreements?tenant=demo" "grants?tenant=demo" "participants?tenant=upgrade"; do
    echo "== $l"; curl -s -u "admin:$PW" "$B/$l"; echo
  done
}
stop_and_wait() {
  (cd "$1" && bin/stop) >/dev/null 2>&1 || true
  for _ in $(seq 1 300); do
    out=$(cd "$1" && bin/status 2>&1 || true) # bin/status exits 1 when not running
    [[ $out == *"Not Running"* ]] && return 0
    sleep 0.2
  done
  fail "bin/status never said Not Running ($1)"
}

mkdir -p "$W/old" "$W/new"
tar xzf "$OLD_TGZ" -C "$W/old" --strip-components=1
OLD=$W/old
echo "old release in $OLD"
# the old release resolves only from itself, or from OLD_MAVEN_REPO (20c3192 needs its console bundle from there: it
# was missing from its system/ folder); the new one from itself only, as on an operator's machine
(cd "$OLD" && IKZ_ADMIN_PASSWORD=$PW EXTRA_JAVA_OPTS="-Dorg.ops4j.pax.url.mvn.localRepository=${OLD_MAVEN_REPO:-$OLD/no-local-maven-repository}" bin/start)
wait_health old
sleep 10 # the module KARs
console "$OLD" "ikz:demo-load --register $ROOT/data/destatis-gemeindeverzeichnis-2020q4.csv --users-password $USER_PW" >/dev/null
# demo-admin confirms the demo staff's case roles (four-eyes), so the midwife reads the sealed family data
for id in $(curl -s -u "demo-admin:$USER_PW" "$B/grants?tenant=demo" | python3 -c 'import json,sys; print(" ".join(g["id"] for g in json.load(sys.stdin) if g["state"] == "PENDING"))'); do
  curl -s -o /dev/null -u "demo-admin:$USER_PW" -H 'Content-Type: application/json' -d '{"note":"upgrade trial"}' "$B/grants/$id/confirm?tenant=demo"
done
curl -s -u "admin:$PW" -H 'Content-Type: application/json' -d '{"id":"upgrade","name":"Upgrade-Probe"}' $B/tenants >/dev/null
curl -s -u "admin:$PW" -H 'Content-Type: application/json' -d '{"id":"verein-1","kind":"ASSOCIATION","name":"Verein 1"}' "$B/participants?tenant=upgrade" >/dev/null
code=$(curl -s -o /dev/null -w '%{http_code}' -u "admin:$PW" -H 'Content-Type: application/json' \
  -d "{\"username\":\"alter-leser\",\"password\":\"$USER_PW\",\"tenant\":\"upgrade\",\"roles\":[\"auditor\"]}" $B/users)
[ "$code" = 201 ] || fail "old release: user not created ($code)"
grep -q "^alter-leser" "$OLD/etc/users.properties" || fail "old release keeps users elsewhere than etc/users.properties: wrong OLD_TGZ?"
lists > "$W/lists-before.txt"
sealed_before=$(curl -s -u "hebamme:$USER_PW" "$B/modules/fruehehilfen/families" | head -c 20000)
echo "$sealed_before" | grep -q '"id"' || fail "old release: the midwife reads no families: $(echo "$sealed_before" | head -c 300)"

# 1. back up and note the version
console "$OLD" "ikz:backup upgrade-trial" > "$W/backup.txt" || true
version=$(curl -s $B/health | python3 -c 'import json,sys; print(json.load(sys.stdin)["version"])')
echo "old version $version; backup: $(tr -d '\r' < "$W/backup.txt" | head -3 | tr '\n' ' ')"
# 2. stop and wait
stop_and_wait "$OLD"
# 3. the new release next to the old one; carry over what the guide names
tar xzf "$NEW_TGZ" -C "$W/new" --strip-components=1
NEW=$W/new
cp -p "$OLD/etc/users.properties" "$OLD/etc/org.ops4j.datasource-ikz.cfg" "$OLD/etc/ikz-audit.key" "$NEW/etc/"
for f in "$OLD"/etc/ikz-*.keys; do [ -e "$f" ] && cp -p "$f" "$NEW/etc/"; done
mkdir -p "$NEW/data/audit" "$NEW/data/ikz"
cp -p "$OLD/data/audit/checkpoints.log" "$NEW/data/audit/" 2>/dev/null || true
cp -rp "$OLD/data/ikz/." "$NEW/data/ikz/"
diff -rq "$OLD/etc" "$NEW/etc" > "$W/etc-diff.txt" || true
# 4. start the new release
(cd "$NEW" && EXTRA_JAVA_OPTS="-Dorg.ops4j.pax.url.mvn.localRepository=$NEW/no-local-maven-repository" bin/start)
wait_health new
for _ in $(seq 1 150); do
  n=$(curl -s $B/health | python3 -c 'import json,sys; print(len(json.load(sys.stdin)["modules"]))')
  [ "$n" -ge 3 ] && break
  sleep 0.2
done
[ "$n" -ge 3 ] || fail "new release: modules $(curl -s $B/health)"
lists > "$W/lists-after.txt"
diff "$W/lists-before.txt" "$W/lists-after.txt" > "$W/lists-diff.txt" || fail "lists differ after the upgrade: $W/lists-diff.txt"
code=$(curl -s -o /dev/null -w '%{http_code}' -u "alter-leser:$USER_PW" "$B/participants")
[ "$code" = 200 ] || fail "the old user's login after the upgrade: $code"
code=$(curl -s -o /dev/null -w '%{http_code}' -u "alter-leser:wrong-password-1" "$B/participants")
[ "$code" = 401 ] || fail "a wrong password after the upgrade: $code"
[ -e "$NEW/etc/users.properties.imported" ] || fail "etc/users.properties was not renamed after the import"
console "$NEW" "ikz:user-list" | grep -q "alter-leser" || fail "the console does not list the old user"
intact=$(curl -s -u "admin:$PW" "$B/audit/verify" | python3 -c 'import json,sys; print(json.load(sys.stdin)["intact"])')
[ "$intact" = True ] || fail "access log after the upgrade: $(curl -s -u "admin:$PW" "$B/audit/verify")"
sealed_after=$(curl -s -u "hebamme:$USER_PW" "$B/modules/fruehehilfen/families" | head -c 20000)
[ "$sealed_before" = "$sealed_after" ] || fail "Frühe Hilfen families read differently after the upgrade"
stop_and_wait "$NEW"
echo "PASS: upgrade from $version with data in place ($(grep -c . "$W/lists-before.txt") list lines equal, users imported, access log intact). Files in $W"
