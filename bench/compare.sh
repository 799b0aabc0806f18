#!/usr/bin/env bash
# Side by side, in one run on one machine and one corpus: rtcdiag diagnose (one and two parsing threads)
# and the build of an earlier commit (the baseline, built in a scratch worktree), start-up against tshark,
# the grep/rg floor, java-grok with equivalent patterns, tshark and pkts.io on the capture, JAIN-SIP and
# pkts.io parsing SIP messages (JMH), one and two threads warm (JMH), the Flink job beside the CLI, and a
# large corpus diagnosed in a 64 MiB heap. Writes BENCHMARKS.md.
#
# Usage: bench/compare.sh [megabytes=200] [big-megabytes=2048]      (big-megabytes 0 skips the large run)
#        RTCDIAG_BASELINE=<commit> (default 241a55a, the end of the previous round); NO_FLINK=1 skips Flink
# Needs: the JDK, Maven (builds the CLI, bench, Flink and baseline jars), git, python3, GNU time
# (/usr/bin/time); tshark, editcap and rg are measured when installed (apt-get install tshark ripgrep).
# Takes about 22 minutes with the defaults on 2 cores.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
mb="${1:-200}"
big_mb="${2:-2048}"
out=target/bench
dir=$out/corpus
mkdir -p "$out"
log() { echo "compare: $*" >&2; }

log "building the CLI and bench jars"
mvn -B -q -Pbench -pl examples/cli,bench -am package -DskipTests >&2
cli=examples/cli/target/rtcdiag.jar
benchjar=bench/target/benchmarks.jar

# the baseline: the CLI of an earlier commit, built once in a scratch worktree and kept beside the results
baseline="${RTCDIAG_BASELINE:-241a55a}"
baseline_id=$(git rev-parse --short "$baseline")
basejar="$out/baseline-$baseline_id.jar"
if [ ! -f "$basejar" ]; then
  log "building the baseline CLI ($baseline_id) in a scratch worktree"
  wt="$out/baseline-src"
  rm -rf "$wt"
  git worktree prune
  git worktree add --detach "$wt" "$baseline_id" >&2
  (cd "$wt" && mvn -B -q -pl examples/cli -am package -DskipTests) >&2
  cp "$wt/examples/cli/target/rtcdiag.jar" "$basejar"
  git worktree remove --force "$wt"
fi
# this build as its launcher runs it (class-data archive, compiler thresholds, -Xmx1g); one run first makes the archive
launcher=(env RTCDIAG_NO_BUILD=1 ./rtcdiag)
"${launcher[@]}" --version > /dev/null

log "writing a $mb MiB corpus"
rm -rf "$dir"
java bench/src/main/java/dev/rtcdiag/bench/CorpusGenerator.java "$dir" "$mb" 1 > /dev/null
pcap="$dir/sip-capture.pcap"
text_files=$(find "$dir" -type f ! -name '*.pcap' | sort)
bytes=$(cat "$dir"/* | wc -c)
text_bytes=$(cat $text_files | wc -c)
text_lines=$(cat $text_files | wc -l)
pcap_bytes=$(wc -c < "$pcap")

# measure NAME COMMAND...: runs RUNS times (default 3; a cold JVM run varies by about ±0.5 s), output to a
# file (GNU grep stops early when it sees /dev/null); keeps the run with the median wall time: its wall
# seconds, CPU seconds (user+sys) and peak RSS in KiB
declare -A wall cpu rss walls
measure() {
  local name=$1; shift
  local runs=${RUNS:-3} k
  for ((k = 1; k <= runs; k++)); do
    /usr/bin/time -o "$out/$name.$k.time" -f '%e %U %S %M' "$@" > "$out/$name.out" 2> "$out/$name.err" || log "$name exited with status $?"
  done
  summarise "$name" "$runs"
}
# summarise NAME RUNS: of NAME's runs, the one with the median wall time: wall and CPU seconds, peak RSS, every run's wall time
summarise() {
  local name=$1 runs=$2 k median
  median=$(for ((k = 1; k <= runs; k++)); do tail -n1 "$out/$name.$k.time"; done | sort -n -k1,1 | sed -n "$(((runs + 1) / 2))p")
  read -r w u s m <<< "$median"
  wall[$name]=$w; cpu[$name]=$(awk -v u="$u" -v s="$s" 'BEGIN { printf "%.2f", u + s }'); rss[$name]=$((m / 1024))
  walls[$name]=$(for ((k = 1; k <= runs; k++)); do tail -n1 "$out/$name.$k.time" | cut -d' ' -f1; done | sort -n | paste -sd/ -)
  log "$name: ${wall[$name]} s wall (runs: ${walls[$name]}), ${cpu[$name]} s CPU, ${rss[$name]} MiB"
}
# pair NAME_A NAME_B: runs the commands in arrays A and B in turn (A B A B …, RUNS times each), so that a
# drift of the machine's speed touches both alike; the median of each as measure() keeps it
pair() {
  local a=$1 b=$2 runs=${RUNS:-3} k
  for ((k = 1; k <= runs; k++)); do
    /usr/bin/time -o "$out/$a.$k.time" -f '%e %U %S %M' "${A[@]}" > "$out/$a.out" 2> "$out/$a.err" || log "$a exited with status $?"
    /usr/bin/time -o "$out/$b.$k.time" -f '%e %U %S %M' "${B[@]}" > "$out/$b.out" 2> "$out/$b.err" || log "$b exited with status $?"
  done
  summarise "$a" "$runs"
  summarise "$b" "$runs"
}
# pair_ratio NAME_A NAME_B RUNS: the median of the runs' ratios, A's wall time over B's, run k against run k
# of a pair(): a machine whose speed drifts (these are shared) moves both runs of a pair alike, so this
# holds better than the ratio of the two medians, which it is printed beside
pair_ratio() {
  local a=$1 b=$2 runs=$3 k
  for ((k = 1; k <= runs; k++)); do
    echo "$(tail -n1 "$out/$a.$k.time" | cut -d' ' -f1) $(tail -n1 "$out/$b.$k.time" | cut -d' ' -f1)"
  done | awk '{ printf "%.4f\n", ($2 > 0 ? $1 / $2 : 0) }' | sort -n | sed -n "$(((runs + 1) / 2))p" | awk '{ printf "%.2f", $1 }'
}
# findings NAME EXPECTED: checks the JSON report's finding counts per cause against the generator's
findings() {
  python3 - "$out/$1.json" "$2" <<'PY'
import json, sys, collections
d = json.load(open(sys.argv[1]))
got = collections.Counter(f["cause"] for f in d["findings"])
for cause, n in (d.get("unlisted") or {}).items():
    got[cause] += n
exp = {k: int(v) for k, v in (l.split() for l in open(sys.argv[2]))}
ok = all(got[k] == v for k, v in exp.items())
print(("all %d injected failures found" % sum(exp.values())) if ok else "MISMATCH: got %s, expected %s" % (dict(got), exp))
PY
}
pattern='SIP/2.0 486|errorCode\\x22:1007|Failed by ICE timeout|;486;'


# against the baseline, cold, whole process, one parsing thread; each as its own launcher runs it (the
# baseline's ran plain java -jar with the JVM's default heap)
A=(java -jar "$basejar" diagnose --threads 1 --fail-on never --output-format json -o "$out/baseline.json" "$dir")
B=("${launcher[@]}" diagnose --threads 1 --fail-on never --output-format json -o "$out/launcher.json" "$dir")
RUNS=5 pair baseline launcher
check_base=$(findings baseline "$dir.expected.txt"); check_launcher=$(findings launcher "$dir.expected.txt")
speedup_base=$(pair_ratio baseline launcher 5)

measure rtcdiag1 java -Xmx256m -jar "$cli" diagnose --threads 1 --fail-on never --output-format json -o "$out/rtcdiag1.json" "$dir"
measure rtcdiag2 java -Xmx256m -jar "$cli" diagnose --threads 2 --fail-on never --output-format json -o "$out/rtcdiag2.json" "$dir"
check1=$(findings rtcdiag1 "$dir.expected.txt"); check2=$(findings rtcdiag2 "$dir.expected.txt")
# the same two through the launcher, paired: a cold run with two threads must not be slower than with one
A=("${launcher[@]}" diagnose --threads 1 --fail-on never --output-format json -o "$out/launcher1.json" "$dir")
B=("${launcher[@]}" diagnose --threads 2 --fail-on never --output-format json -o "$out/launcher2.json" "$dir")
RUNS=5 pair launcher1 launcher2
threads_cold=$(pair_ratio launcher1 launcher2 5)
measure grep grep -c -E "$pattern" -r "$dir"
has_rg=no; if command -v rg > /dev/null; then has_rg=yes; measure rg rg -c -j 1 "$pattern" "$dir"; fi
measure grok java -Xmx256m -cp "$benchjar" dev.rtcdiag.bench.Peers grok "$dir"
grok_says=$(cat "$out/grok.out")

# the capture: rtcdiag (detect, parse, correlate, diagnose) against tshark and pkts.io (extract SIP)
measure rtcdiag_pcap java -Xmx256m -jar "$cli" diagnose --threads 1 --fail-on never --output-format json -o "$out/rtcdiag_pcap.json" "$pcap"
packets=$(python3 -c "import json; print(json.load(open('$out/rtcdiag_pcap.json'))['inputs'][0]['events'])")
has_tshark=no
if command -v tshark > /dev/null; then
  has_tshark=yes
  measure tshark tshark -n -r "$pcap" -Y sip -T fields -e frame.number -e sip.Call-ID -e sip.CSeq.method -e sip.Status-Code
  tshark_sip=$(wc -l < "$out/tshark.out")
fi
measure pkts java -Xmx256m -cp "$benchjar" dev.rtcdiag.bench.Peers pkts "$pcap"

# start-up: one message (the first packet of a conformance capture), this build through its launcher against tshark
startup_ratio="n/a"
if [ $has_tshark = yes ] && command -v editcap > /dev/null; then
  editcap -r testdata/conformance/pcap/pkts-sipp.pcap "$out/one.pcap" 1
  A=("${launcher[@]}" diagnose "$out/one.pcap"); B=(tshark -n -r "$out/one.pcap")
  RUNS=7 pair startup tshark1
  A=(java -jar "$basejar" diagnose "$out/one.pcap"); B=(tshark -n -r "$out/one.pcap")
  RUNS=7 pair startup_base tshark2
  startup_ratio=$(awk -v a="${wall[startup]}" -v b="${wall[tshark1]}" 'BEGIN { printf "%.2f", (b > 0 ? a / b : 0) }')
  startup_base_ratio=$(awk -v a="${wall[startup_base]}" -v b="${wall[tshark2]}" 'BEGIN { printf "%.2f", (b > 0 ? a / b : 0) }')
fi
pkts_says=$(cat "$out/pkts.out")

log "JMH: SIP message parsers"
java -jar "$benchjar" PeerBenchmarks -f 1 -wi 3 -w 2 -i 5 -r 2 -rf json -rff "$out/jmh-peers.json" > "$out/jmh-peers.txt"
jmh() { python3 -c "
import json
for r in json.load(open('$out/jmh-peers.json')):
    if r['benchmark'].endswith('.$1'):
        print('%.0f %.0f' % (r['primaryMetric']['score'] * 8, r['primaryMetric']['scoreError'] * 8))"; }
read -r sip_rtcdiag sip_rtcdiag_err < <(jmh rtcdiag)
read -r sip_jain sip_jain_err < <(jmh jainSip)
read -r sip_pkts sip_pkts_err < <(jmh pkts)

read -r sip_valid sip_valid_err < <(jmh rtcdiagValidated)

log "JMH: end to end, warm, one and two parsing threads (EndToEndBenchmarks)"
java -jar "$benchjar" EndToEndBenchmarks -rf json -rff "$out/jmh-e2e.json" > "$out/jmh-e2e.txt"
read -r e2e1 e2e2 < <(python3 -c "
import json
s = {r['params']['threads']: r['primaryMetric']['score'] for r in json.load(open('$out/jmh-e2e.json'))}
print('%.3f %.3f' % (s['1'], s['2']))")
warm_ratio=$(awk -v a="$e2e2" -v b="$e2e1" 'BEGIN { printf "%.2f", (b > 0 ? a / b : 0) }')

flink_rows=""
if [ "${NO_FLINK:-}" != "1" ]; then
  log "Flink: the job with parallelism 1 and 2 beside the CLI on a 50 MiB corpus"
  mvn -B -q -pl flink -am package -DskipTests >&2
  fdir=$out/corpus-flink
  rm -rf "$fdir" "$out/flink-p1" "$out/flink-p2"
  java bench/src/main/java/dev/rtcdiag/bench/CorpusGenerator.java "$fdir" 50 1 > /dev/null
  RUNS=1 measure flink_cli "${launcher[@]}" diagnose --threads 1 --fail-on never --output-format json -o "$out/flink_cli.json" "$fdir"
  RUNS=1 measure flink_p1 java -jar flink/target/rtcdiag-flink.jar --input "$fdir" --output "$out/flink-p1" --parallelism 1 --fail-on never
  RUNS=1 measure flink_p2 java -jar flink/target/rtcdiag-flink.jar --input "$fdir" --output "$out/flink-p2" --parallelism 2 --fail-on never
  flink_count() { python3 -c "import json,sys; d=json.load(open(sys.argv[1])); print(len(d['findings']) + sum((d.get('unlisted') or {}).values()))" "$1"; }
  fc=$(flink_count "$out/flink_cli.json"); f1=$(flink_count "$out/flink-p1/report.json"); f2=$(flink_count "$out/flink-p2/report.json")
  flink_rows=$(printf '| `rtcdiag diagnose --threads 1` (launcher) | %s | %s MiB | %s | 1.00 |\n| `java -jar rtcdiag-flink.jar --parallelism 1` (local mini cluster) | %s | %s MiB | %s | %s |\n| `java -jar rtcdiag-flink.jar --parallelism 2` | %s | %s MiB | %s | %s |' \
    "${wall[flink_cli]}" "${rss[flink_cli]}" "$fc" "${wall[flink_p1]}" "${rss[flink_p1]}" "$f1" "$(awk -v a="${wall[flink_cli]}" -v b="${wall[flink_p1]}" 'BEGIN { printf "%.2f", a / b }')" \
    "${wall[flink_p2]}" "${rss[flink_p2]}" "$f2" "$(awk -v a="${wall[flink_cli]}" -v b="${wall[flink_p2]}" 'BEGIN { printf "%.2f", a / b }')")
  rm -rf "$fdir"
fi

log "JMH: every parser on its golden file (FormatBenchmarks)"
java -jar "$benchjar" FormatBenchmarks -rf json -rff "$out/jmh-formats.json" > "$out/jmh-formats.txt"
format_rows=$(python3 -c "
import json
for r in json.load(open('$out/jmh-formats.json')):
    m = r['primaryMetric']
    print('| \`%s\` | %.1f | %.1f |' % (r['params']['format'], m['score'], m['scoreError']))")

big_row=""
big_check=""
if [ "$big_mb" -gt 0 ]; then
  log "writing a $big_mb MiB corpus and diagnosing it in -Xmx64m"
  bigdir=$out/corpus-big
  rm -rf "$bigdir"
  java bench/src/main/java/dev/rtcdiag/bench/CorpusGenerator.java "$bigdir" "$big_mb" 2 > /dev/null
  big_bytes=$(cat "$bigdir"/* | wc -c)
  big_lines=$(cat "$bigdir"/* | wc -l)
  RUNS=1 measure big java -Xmx64m -jar "$cli" diagnose --threads 1 --fail-on never --output-format json -o "$out/big.json" "$bigdir"
  big_check=$(findings big "$bigdir.expected.txt")
  rm -rf "$bigdir"
fi

rate() { awk -v n="$1" -v s="$2" 'BEGIN { printf "%.0f", (s > 0 ? n / s : 0) }'; }
mbps() { awk -v b="$1" -v s="$2" 'BEGIN { printf "%.1f", (s > 0 ? b / 1048576 / s : 0) }'; }
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.2f", (b > 0 ? a / b : 0) }'; }
lines=$((text_lines + packets)) # what rtcdiag reads: every text line and every packet
row() { # name what seconds cpu rss lines bytes
  printf '| %s | %s | %s | %s | %s | %s | %s | %s MiB |\n' "$1" "$2" "$3" "$4" "$(rate "$6" "$3")" "$(rate "$6" "$4")" "$(mbps "$7" "$3")" "$5"
}
speedup=$(ratio "${wall[rtcdiag1]}" "${wall[rtcdiag2]}")
grok_ratio=$(ratio "${wall[grok]}" "${wall[rtcdiag1]}")
tshark_ratio=$([ $has_tshark = yes ] && ratio "${wall[tshark]}" "${wall[rtcdiag_pcap]}" || echo "n/a")
jain_ratio=$(ratio "$sip_rtcdiag" "$sip_jain")
pkts_sip_ratio=$(ratio "$sip_rtcdiag" "$sip_pkts")
per_core=$(rate "$lines" "${cpu[rtcdiag1]}")
met() { awk -v a="$1" -v b="$2" 'BEGIN { print (a >= b ? "met" : "**not met**") }'; }

{
cat <<MD
# Benchmarks

One run of \`bench/compare.sh $mb $big_mb\` on $(date -u +%Y-%m-%d): $(nproc) cores ($(uname -m), $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ //')),
$(free -g | awk '/Mem:/ {print $2}') GiB, $(java -version 2>&1 | head -n1). Every tool is one process, JVM start-up included where there is one;
each was run three times, in turn, on an otherwise idle machine, and the run with the median wall time is reported
(the 2 GiB run once); run the script again for your own figures.

Corpus: \`CorpusGenerator\` (deterministic, seed 1), $((bytes / 1048576)) MiB in $(ls "$dir" | wc -l) files: SIPp traces, a SIP pcap,
BigBlueButton html5-client.log, Flashphoner WCS server log and Bitrix24 statistics CSV, $text_lines text lines and
$packets packets, with injected failures whose number the generator writes beside the corpus.

## Targets of this round (issue 25)

Ratios from this one run; where a target is not met, the reading after the tables says why.

| target | measured | |
|---|---|---|
| ≥ 2× the build of $baseline_id, cold, whole process, one parsing thread, same findings | $speedup_base× (median of 5 paired ratios; medians ${wall[baseline]} s → ${wall[launcher]} s, runs ${walls[baseline]} and ${walls[launcher]} s, taken in turn; $check_base / $check_launcher) | $(met "$speedup_base" 2) |
| SIP parsing ≥ 1.5× pkts.io (JMH, the same five fields read) | $pkts_sip_ratio× ($sip_rtcdiag against $sip_pkts messages/s) | $(met "$pkts_sip_ratio" 1.5) |
| SIP parsing ≥ 3× JAIN-SIP | $jain_ratio× ($sip_rtcdiag against $sip_jain messages/s; with every message's validity asked too: $sip_valid messages/s, $(ratio "$sip_valid" "$sip_jain")×) | $(met "$jain_ratio" 3) |
| ≥ 1.7× with 2 threads, warm (JMH \`EndToEndBenchmarks\`) | $warm_ratio× ($e2e2 against $e2e1 operations/s) | $(met "$warm_ratio" 1.7) |
| a cold run with 2 threads never slower than with 1 (launcher, paired) | ${threads_cold}× (median of 5 paired ratios; medians ${wall[launcher1]} s → ${wall[launcher2]} s; runs ${walls[launcher1]} and ${walls[launcher2]} s) | $(met "$threads_cold" 1) |
| start-up: one message within 1.5× tshark's time on one packet | $startup_ratio× (${wall[startup]:-?} s against tshark's ${wall[tshark1]:-?} s, medians of 7 paired runs; the baseline build: ${startup_base_ratio:-?}×, ${wall[startup_base]:-?} s) | $(awk -v r="$startup_ratio" 'BEGIN { print (r != "n/a" && r + 0 <= 1.5 ? "met" : "**not met**") }') |
| 2 GiB in \`-Xmx64m\`, every injected finding found | see "Large input in a small heap" | $([ -n "$big_check" ] && case "$big_check" in all*) echo met;; *) echo "**not met**";; esac || echo "not run") |

## Targets of issue 10

| target (issue 10) | measured | |
|---|---|---|
| ≥ 1,000,000 lines/s per core, end to end, mixed corpus | $per_core lines per CPU-second ($(rate "$lines" "${wall[rtcdiag1]}") lines/s wall, one parsing thread) | $(met "$per_core" 1000000) |
| ≥ 10× java-grok | $grok_ratio× (java-grok time ÷ rtcdiag time) | $(met "$grok_ratio" 10) |
| ≥ 3× JAIN-SIP parsing SIP messages | $jain_ratio× ($sip_rtcdiag against $sip_jain messages/s) | $(met "$jain_ratio" 3) |
| ≥ 5× tshark extracting SIP from a pcap | $tshark_ratio× (tshark time ÷ rtcdiag time, both whole processes) | $([ $has_tshark = yes ] && met "$tshark_ratio" 5 || echo "tshark not installed") |
| 2 GB diagnosed under \`-Xmx64m\` | $([ -n "$big_check" ] && echo "$((big_bytes / 1048576)) MiB, $big_lines lines in ${wall[big]} s, peak RSS ${rss[big]} MiB: $big_check" || echo "not run") | $([ -n "$big_check" ] && case "$big_check" in all*) echo met;; *) echo "**not met**";; esac || echo "not run") |
| ≥ 1.8× speed-up with 2 threads across files | $speedup× (${wall[rtcdiag1]} s → ${wall[rtcdiag2]} s; runs ${walls[rtcdiag1]} and ${walls[rtcdiag2]} s) | $(met "$speedup" 1.8) |

## The mixed corpus ($((bytes / 1048576)) MiB)

| tool | what it does | wall s | CPU s | lines/s | lines per CPU-s | MiB/s | peak RSS |
|---|---|---|---|---|---|---|---|
MD
row "baseline $baseline_id, \`java -jar\`" "the previous round's build, as its launcher ran it: $check_base" "${wall[baseline]}" "${cpu[baseline]}" "${rss[baseline]}" "$lines" "$bytes"
row "\`./rtcdiag diagnose --threads 1\`" "this build as its launcher runs it (class-data archive, compiler thresholds, \`-Xmx1g\`): $check_launcher" "${wall[launcher]}" "${cpu[launcher]}" "${rss[launcher]}" "$lines" "$bytes"
row "\`rtcdiag diagnose --threads 1\`" "detects, parses every format, correlates, diagnoses: $check1" "${wall[rtcdiag1]}" "${cpu[rtcdiag1]}" "${rss[rtcdiag1]}" "$lines" "$bytes"
row "\`rtcdiag diagnose --threads 2\`" "the same with two parsing threads: $check2" "${wall[rtcdiag2]}" "${cpu[rtcdiag2]}" "${rss[rtcdiag2]}" "$lines" "$bytes"
row "java-grok $(unzip -p "$benchjar" META-INF/maven/io.krakens/java-grok/pom.properties 2>/dev/null | sed -n 's/^version=//p')" "per-format grok patterns for the fields rtcdiag reads, chosen by file name (text files only): \`$grok_says\`" "${wall[grok]}" "${cpu[grok]}" "${rss[grok]}" "$text_lines" "$text_bytes"
row "\`grep -c -E\` (floor)" "counts lines with the four signature literals; no fields, no sessions" "${wall[grep]}" "${cpu[grep]}" "${rss[grep]}" "$lines" "$bytes"
[ $has_rg = yes ] && row "\`rg -c -j 1\` (floor)" "the same with ripgrep $(rg --version | head -n1 | awk '{print $2}'), one thread" "${wall[rg]}" "${cpu[rg]}" "${rss[rg]}" "$lines" "$bytes"
cat <<MD

## The capture ($((pcap_bytes / 1048576)) MiB, $packets packets, all SIP)

| tool | what it does | wall s | CPU s | packets/s | packets per CPU-s | MiB/s | peak RSS |
|---|---|---|---|---|---|---|---|
MD
row "\`rtcdiag diagnose\`" "reads the pcap, parses every SIP message, correlates calls, diagnoses" "${wall[rtcdiag_pcap]}" "${cpu[rtcdiag_pcap]}" "${rss[rtcdiag_pcap]}" "$packets" "$pcap_bytes"
[ $has_tshark = yes ] && row "\`tshark -Y sip -T fields\` $(tshark --version | head -n1 | awk '{print $3}')" "dissects every frame and prints Call-ID, CSeq method and status ($tshark_sip SIP lines)" "${wall[tshark]}" "${cpu[tshark]}" "${rss[tshark]}" "$packets" "$pcap_bytes"
row "pkts.io $(unzip -p "$benchjar" META-INF/maven/io.pkts/pkts-core/pom.properties 2>/dev/null | sed -n 's/^version=//p')" "frames every packet, reads Call-ID, CSeq, status: \`$pkts_says\`" "${wall[pkts]}" "${cpu[pkts]}" "${rss[pkts]}" "$packets" "$pcap_bytes"
cat <<MD

## SIP message parsers (JMH, \`PeerBenchmarks\`, one thread)

The same eight messages (a call of the corpus and an RFC 3261-style INVITE); each parser reads start line,
Call-ID, CSeq, top Via branch and From tag of each. rtcdiag and pkts.io frame a message and read a header
when first asked; JAIN-SIP parses every header. The last row also asks rtcdiag whether each message is
valid, which reads every header and records every deviation from RFC 3261.

| parser | messages/s | ± (99.9 %) | ratio |
|---|---|---|---|
| rtcdiag \`SipParser\` | $sip_rtcdiag | $sip_rtcdiag_err | 1 |
| JAIN-SIP \`StringMsgParser\` (jain-sip-ri $(unzip -p "$benchjar" META-INF/maven/javax.sip/jain-sip-ri/pom.properties 2>/dev/null | sed -n 's/^version=//p')) | $sip_jain | $sip_jain_err | rtcdiag $jain_ratio× |
| pkts.io \`SipMessage.frame\` | $sip_pkts | $sip_pkts_err | rtcdiag $pkts_sip_ratio× |
| rtcdiag \`SipParser\`, validity of each message asked too | $sip_valid | $sip_valid_err | $(ratio "$sip_valid" "$sip_rtcdiag") |
MD
cat <<MD

## Each parser (JMH, \`FormatBenchmarks\`, one thread)

Detection and parsing of each format's first golden file (\`parsers/src/test/resources/.../golden/<format>/\`) repeated
to 1 MiB, the capture from the generator; one operation reads the whole sample, so the score is about MiB/s.

| format | MiB/s | ± (99.9 %) |
|---|---|---|
$format_rows
MD
if [ -n "$flink_rows" ]; then
cat <<MD

## On Apache Flink, beside the CLI

One run each on a 50 MiB corpus of the generator (seed 1); wall seconds and peak RSS, whole process; the
job runs in Flink's local mini cluster.

| run | wall s | peak RSS | findings | ratio to the CLI |
|---|---|---|---|---|
$(printf '%b' "$flink_rows")
MD
fi
if [ -n "$big_check" ]; then
cat <<MD

## Large input in a small heap

| run | input | wall s | CPU s | lines/s | peak RSS | findings |
|---|---|---|---|---|---|---|
| \`java -Xmx64m -jar rtcdiag.jar diagnose --threads 1\` | $((big_bytes / 1048576)) MiB, $big_lines lines (seed 2) | ${wall[big]} | ${cpu[big]} | $(rate "$big_lines" "${wall[big]}") | ${rss[big]} MiB | $big_check |
MD
fi
cat <<MD

## Method

- \`bench/compare.sh\` writes this file; raw outputs are in \`target/bench/\`. Wall and CPU seconds and peak RSS come
  from GNU time, of the median of three runs by wall time. "Lines" for rtcdiag counts every text line and every packet it reads; java-grok reads the text
  files only, so its rate is over their lines.
- The baseline build and this one are run in turn (A B A B …), each as its own launcher runs it: the
  baseline with \`java -jar\` and the JVM's default heap, this build through \`./rtcdiag\` (class-data archive,
  compiler thresholds, \`-Xmx1g\`, the parallel collector), five times each, and the target's ratio is the median of
  the five pairs' ratios (a shared machine's drift moves both runs of a pair alike); so are one and two threads through the launcher,
  and start-up against tshark (seven runs each). The other rtcdiag rows run \`java -Xmx256m -jar\` (the large
  input \`-Xmx64m\`), JSON report to a file, \`--fail-on never\`.
  Every rtcdiag run's findings are checked against the counts the generator injected.
- The JMH suite of the hot paths (line reading, detection, each parser, rules, end to end with 1 and 2
  threads) runs with \`bench/jmh.sh\`; \`bench/jmh.sh PeerBenchmarks\` runs the parser comparison alone.
- Peers are dependencies of the \`bench\` module only (\`-Pbench\`), never of the libraries.

MD
# the hand-written reading of the figures (profiles, causes, what was changed) follows the tables
cat bench/analysis.md
} > BENCHMARKS.md
cat BENCHMARKS.md
