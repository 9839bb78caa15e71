#!/usr/bin/env bash
# Production start-up (issue 17): unpack the Spring Boot jar and write a class-data-sharing (CDS) archive for it.
# Run by `./mvnw -Pproduction package` (skip with -Dses.cds.skip=true); safe to run again by hand:
#
#   bash src/build/cds-archive.sh target/production/ses-advisor-0.1.0-SNAPSHOT.jar target/production/app
#
# 1. `java -Djarmode=tools -jar <jar> extract` unpacks the fat jar into <out>/<jar name> plus <out>/lib/: the JVM
#    then loads classes from plain jars instead of through Spring Boot's nested-jar loader (by itself ~25 % less CPU
#    at start-up on this application).
# 2. A training run starts the application once in an empty temporary folder (its own H2 database, no network
#    port kept, the repository's rules) and exits as soon as the context is refreshed
#    (-Dspring.context.exit=onRefresh), writing the list of classes it loaded.
# 3. `-Xshare:dump` writes <out>/ses-advisor.jsa from that list. Lambda-proxy entries are left out of the list:
#    OpenJDK 17 crashes while archiving lambda proxies of interfaces from old class files (JDK-8274944 /
#    JDK-8285914, fixed in 19), which Drools' and ECJ's jars contain.
#
# Run with:  java -XX:SharedArchiveFile=<out>/ses-advisor.jsa -jar <out>/<jar name>
# The archive is only a cache: with another JVM, another jar or no archive at all the application starts the same
# way, just slower (-Xshare:auto, the default, silently ignores an archive that does not match).
set -euo pipefail
jar="$(realpath "$1")"
out="$2"
rules="${3:-$(cd "$(dirname "$0")/../.." && pwd)/rules}"
java="${JAVA_HOME:+$JAVA_HOME/bin/}java"

rm -rf "$out"
mkdir -p "$out"
out="$(realpath "$out")"
"$java" -Djarmode=tools -jar "$jar" extract --destination "$out" >/dev/null
app="$out/$(basename "$jar")"

train="$(mktemp -d /tmp/ses-cds-training.XXXXXX)"
trap 'rm -rf "$train"' EXIT
echo "[cds] training run in $train"
# Never the operator's database: the training run uses its own H2 file in the temporary folder.
(cd "$train" && env -u SPRING_DATASOURCE_URL -u SPRING_DATASOURCE_USERNAME -u SPRING_DATASOURCE_PASSWORD \
    SES_ADMIN_PASSWORD="cds-training-$RANDOM$RANDOM$RANDOM" \
    "$java" -XX:DumpLoadedClassList="$train/classes.lst" -Dspring.context.exit=onRefresh \
    -jar "$app" --server.port=0 --ses.rules.dir="$rules" --ses.rules.watch=false > "$train/training.log" 2>&1) || {
  echo "[cds] training run failed; no archive written (the application still runs without it):" >&2
  tail -30 "$train/training.log" >&2
  exit 0
}
grep -v '^@lambda-proxy' "$train/classes.lst" > "$train/classes-no-lambda.lst"
echo "[cds] dumping $(wc -l < "$train/classes-no-lambda.lst") classes"
if "$java" -Xshare:dump -XX:SharedClassListFile="$train/classes-no-lambda.lst" \
    -XX:SharedArchiveFile="$out/ses-advisor.jsa" -jar "$app" > "$train/dump.log" 2>&1; then
  echo "[cds] wrote $out/ses-advisor.jsa ($(du -m "$out/ses-advisor.jsa" | cut -f1) MiB)"
  echo "[cds] run: java -XX:SharedArchiveFile=$out/ses-advisor.jsa -jar $app"
else
  echo "[cds] -Xshare:dump failed; no archive (the application still runs without it):" >&2
  tail -30 "$train/dump.log" >&2
  rm -f "$out/ses-advisor.jsa"
fi
