#!/usr/bin/env bash
# rtcdiag lab: real SIP peers on 127.0.0.1 produce the logs rtcdiag must diagnose (issue 12).
#
#   lab/run.sh [-o OUTDIR] [SCENARIO...]     (default OUTDIR: lab/out; default: every scenario)
#   lab/run.sh -l                           (list the scenarios)
#
# Per scenario it starts dumpcap on the loopback interface (filtered to the lab ports), the UAS (SIPp),
# Kamailio where the scenario goes through a proxy, then the UAC (SIPp); waits for the UAC, stops the
# others by process id and keeps the artefacts in OUTDIR/SCENARIO/:
#   uac.log / uas.log           SIPp -trace_msg of each side
#   kamailio.log                Kamailio's own log (stderr, -E)
#   kamailio-sipdump-*.data     every message Kamailio received or sent (sipdump module, text mode)
#   capture.pcap                dumpcap on lo, "udp port 5060 or 5070 or 5080"
#   sipp-uac.out / sipp-uas.out SIPp's screen output and exit status (for debugging the lab itself)
# Exit status: 0 when every scenario ran, 2 when a program is missing (named on stderr), 1 otherwise.
# Every wait is bounded: SIPp runs with -timeout, the script's own loops with a deadline.
set -u -o pipefail

here=$(cd "$(dirname "$0")" && pwd)
out="$here/out"
list=false
while getopts "o:l" opt; do
    case $opt in
        o) out=$OPTARG ;;
        l) list=true ;;
        *) echo "usage: $0 [-o OUTDIR] [-l] [SCENARIO...]" >&2; exit 1 ;;
    esac
done
shift $((OPTIND - 1))

IP=127.0.0.1
UAC_PORT=5060
PROXY_PORT=5070
UAS_PORT=5080
PASSWORD=lab-secret-7
SIPP_TIMEOUT=15s

# name | description (the expected causes are asserted by examples/testing LabTest, not here)
SCENARIOS=(
    "healthy|call answered 200, ACK, BYE 200"
    "busy-486|callee answers 486 Busy Here"
    "decline-603|callee answers 603 Decline"
    "not-found-404|callee answers 404 Not Found"
    "codec-488|callee answers 488 Not Acceptable Here"
    "unavailable-480|callee answers 480 Temporarily Unavailable"
    "maintenance-503|callee answers 503 Service Unavailable with Retry-After: 120"
    "cancel-487|callee rings, caller sends CANCEL, INVITE ends 487"
    "no-uas|nothing listens: INVITE retransmitted, then the caller gives up"
    "register-ok|REGISTER through Kamailio: 401 challenge, then 200 with the right password"
    "register-wrong|REGISTER through Kamailio: 401 challenge, then 401 again with a wrong password"
    "private-address|caller behind NAT offers media at 10.0.0.5 through Kamailio; full call with BYE"
)

if $list; then
    printf '%s\n' "${SCENARIOS[@]}" | tr '|' '\t'
    exit 0
fi

missing=()
for p in sipp kamailio dumpcap; do
    command -v "$p" >/dev/null 2>&1 || missing+=("$p")
done
if ((${#missing[@]})); then
    echo "lab: missing programs: ${missing[*]} (Debian/Ubuntu: apt-get install sip-tester kamailio tshark)" >&2
    exit 2
fi

mkdir -p "$out"
out=$(cd "$out" && pwd)
pids=()

# Stops one process by id: TERM, then KILL after a bounded wait.
stop() {
    local pid=$1 i
    kill -0 "$pid" 2>/dev/null || return 0
    kill -TERM "$pid" 2>/dev/null
    for ((i = 0; i < 50; i++)); do
        kill -0 "$pid" 2>/dev/null || { wait "$pid" 2>/dev/null; return 0; }
        sleep 0.1
    done
    kill -KILL "$pid" 2>/dev/null
    wait "$pid" 2>/dev/null
    return 0
}

cleanup() {
    local pid
    for pid in "${pids[@]}"; do stop "$pid"; done
    pids=()
}
trap cleanup EXIT
trap 'cleanup; exit 130' INT TERM

# True when some socket has bound UDP port $1: /proc/net/udp lists local addresses as HEXIP:HEXPORT
# (read directly, so the lab needs no iproute2).
udp_bound() {
    local hex
    hex=$(printf '%04X' "$1")
    awk -v p=":$hex" 'NR > 1 && substr($2, length($2) - 4) == p { found = 1 } END { exit !found }' \
        /proc/net/udp /proc/net/udp6 2>/dev/null
}

# Refuses to start when a lab port is taken: a stray SIP stack would answer in place of the lab's peers.
for port in "$UAC_PORT" "$PROXY_PORT" "$UAS_PORT"; do
    if udp_bound "$port"; then
        echo "lab: UDP port $port is already in use on this machine; stop what holds it and retry" >&2
        exit 1
    fi
done

# Waits (at most 5 s) until a UDP port on 127.0.0.1 is bound, so the UAC never races its peer.
wait_udp() {
    local port=$1 i
    for ((i = 0; i < 50; i++)); do
        udp_bound "$port" && return 0
        sleep 0.1
    done
    echo "lab: nothing bound UDP port $port after 5 s" >&2
    return 1
}

# Starts dumpcap and waits (at most 5 s) until it captures: it writes the file header once it has opened lo.
start_capture() {
    local dir=$1 i
    dumpcap -q -i lo -f "udp port $UAC_PORT or udp port $PROXY_PORT or udp port $UAS_PORT" -P -w "$dir/capture.pcap" \
        >"$dir/dumpcap.out" 2>&1 &
    pids+=($!)
    for ((i = 0; i < 50; i++)); do
        [[ -s $dir/capture.pcap ]] && { sleep 0.2; return 0; }
        if grep -qi 'permission' "$dir/dumpcap.out" 2>/dev/null; then
            echo "lab: dumpcap may not capture on lo: it needs root or CAP_NET_RAW/CAP_NET_ADMIN ($(head -n1 "$dir/dumpcap.out"))" >&2
            exit 2
        fi
        sleep 0.1
    done
    echo "lab: dumpcap did not start (see $dir/dumpcap.out)" >&2
    return 1
}

start_uas() { # dir, scenario args...
    local dir=$1
    shift
    (cd "$dir" && exec sipp "$@" -i "$IP" -p "$UAS_PORT" -m 1 -nostdin -timeout "$SIPP_TIMEOUT" \
        -trace_msg -message_file "$dir/uas.log" >"$dir/sipp-uas.out" 2>&1) &
    pids+=($!)
    wait_udp "$UAS_PORT"
}

start_kamailio() {
    local dir=$1
    sed -e "s|@PORT@|$PROXY_PORT|g" -e "s|@UAS@|$UAS_PORT|g" -e "s|@PASSWORD@|$PASSWORD|g" -e "s|@DIR@|$dir|g" \
        "$here/kamailio/kamailio.cfg.in" >"$dir/kamailio.cfg"
    mkdir -p "$dir/run"
    kamailio -f "$dir/kamailio.cfg" -DD -E -Y "$dir/run" -P "$dir/run/kamailio.pid" -m 32 -M 8 \
        >"$dir/kamailio.log" 2>&1 &
    pids+=($!)
    wait_udp "$PROXY_PORT"
}

# Runs the UAC in the foreground; SIPp's own -timeout bounds it.
run_uac() { # dir, target, scenario args...
    local dir=$1 target=$2 rc
    shift 2
    (cd "$dir" && sipp "$target" "$@" -i "$IP" -p "$UAC_PORT" -m 1 -nostdin -timeout "$SIPP_TIMEOUT" \
        -trace_msg -message_file "$dir/uac.log" >"$dir/sipp-uac.out" 2>&1)
    rc=$?
    echo "exit $rc" >>"$dir/sipp-uac.out"
}

reject() { # dir, code, reason
    # SIPp checks a response's status code when it loads the scenario, so the code is filled in beforehand
    sed -e "s|@CODE@|$2|g" -e "s|@REASON@|$3|g" "$here/scenarios/uas-reject.xml.in" >"$1/uas-reject.xml"
    start_uas "$1" -sf "$1/uas-reject.xml" || return 1
    run_uac "$1" "$IP:$UAS_PORT" -sf "$here/scenarios/uac-reject.xml"
}

scenario() {
    local name=$1 dir=$2
    case $name in
        healthy)
            start_uas "$dir" -sn uas || return 1
            run_uac "$dir" "$IP:$UAS_PORT" -sn uac ;;
        busy-486) reject "$dir" 486 "Busy Here" ;;
        decline-603) reject "$dir" 603 "Decline" ;;
        not-found-404) reject "$dir" 404 "Not Found" ;;
        codec-488) reject "$dir" 488 "Not Acceptable Here" ;;
        unavailable-480) reject "$dir" 480 "Temporarily Unavailable" ;;
        maintenance-503)
            start_uas "$dir" -sf "$here/scenarios/uas-unavailable.xml" || return 1
            run_uac "$dir" "$IP:$UAS_PORT" -sf "$here/scenarios/uac-reject.xml" ;;
        cancel-487)
            start_uas "$dir" -sf "$here/scenarios/uas-ring.xml" || return 1
            run_uac "$dir" "$IP:$UAS_PORT" -sf "$here/scenarios/uac-cancel.xml" ;;
        no-uas)
            # RFC 3261 Timer A retransmissions (after 500 ms, 1 s and 2 s; RFC 3261 §17.1.1.2), then the caller gives up
            run_uac "$dir" "$IP:$UAS_PORT" -sn uac -max_invite_retrans 3 -nd ;;
        register-ok)
            start_kamailio "$dir" || return 1
            run_uac "$dir" "$IP:$PROXY_PORT" -sf "$here/scenarios/uac-register.xml" -s alice -au alice -ap "$PASSWORD" ;;
        register-wrong)
            start_kamailio "$dir" || return 1
            run_uac "$dir" "$IP:$PROXY_PORT" -sf "$here/scenarios/uac-register.xml" -s alice -au alice -ap not-the-password ;;
        private-address)
            start_uas "$dir" -sn uas || return 1
            start_kamailio "$dir" || return 1
            run_uac "$dir" "$IP:$PROXY_PORT" -sf "$here/scenarios/uac-natted.xml" ;;
        *) echo "lab: unknown scenario $name (see $0 -l)" >&2; return 1 ;;
    esac
}

names=("$@")
if ((${#names[@]} == 0)); then
    for s in "${SCENARIOS[@]}"; do names+=("${s%%|*}"); done
fi

failed=0
for name in "${names[@]}"; do
    dir="$out/$name"
    rm -rf "$dir"
    mkdir -p "$dir"
    start=$(date +%s%N)
    if start_capture "$dir" && scenario "$name" "$dir"; then
        sleep 0.3 # the last datagrams reach the capture and the peers' traces
        status=ok
    else
        status=failed
        failed=1
    fi
    cleanup
    rm -rf "$dir/run"
    ms=$((($(date +%s%N) - start) / 1000000))
    printf 'lab: %-16s %-6s %3d.%03d s  %s\n' "$name" "$status" $((ms / 1000)) $((ms % 1000)) "$dir" >&2
done
exit $failed
