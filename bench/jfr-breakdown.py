#!/usr/bin/env python3
"""Where a server's CPU samples and allocations go, by layer (issue 20's profile).

    python3 bench/jfr-breakdown.py [--last SECONDS] JFR_FILE [JFR_FILE ...]

--last keeps only the events of the last SECONDS of each recording (limit.sh dumps a recording right
after its measured rounds, so --last with the rounds' length leaves out start-up and warm-up).

Reads jdk.ExecutionSample and jdk.ObjectAllocationSample through `jfr print --json` (the JDK's jfr
tool: $JAVA_HOME/bin/jfr or the newest under /usr/lib/jvm) and prints, per file, the share of the
samples whose stack passes through each layer (inclusive: a JDBI frame called by a generated route
counts for both) and the share of each layer as the *innermost* listed frame (exclusive), then the
sampled allocation weight by the same layers. Layers are matched on frame names, first match wins
for the exclusive column.
"""
import glob, json, os, subprocess, sys
from collections import Counter

LAYERS = [
    ("JFR itself", ("jdk.jfr.",)),
    ("JDBI", ("org.jdbi.",)),
    ("HikariCP", ("com.zaxxer.hikari.",)),
    ("pgjdbc", ("org.postgresql.",)),
    ("Aerie db (session, mapping)", ("dev.aerie.runtime.internal.db.", "dev.aerie.runtime.internal.orm.")),
    ("Aerie request scope", ("dev.aerie.runtime.internal.RequestScope", "dev.aerie.runtime.internal.RequestContext")),
    ("Aerie JSON / jackson", ("dev.aerie.runtime.json.", "com.fasterxml.jackson.")),
    ("Aerie HTTP (Endpoints, Params, problems)", ("dev.aerie.runtime.internal.http.",)),
    ("generated + app code", ("dev.aerie.example.",)),
    ("hand-written handler + JSON", ("dev.aerie.bench.limit.",)),
    ("Vert.x client / Netty", ("io.vertx.", "io.netty.")),
    ("Helidon webserver", ("io.helidon.",)),
    ("JDK (virtual threads, NIO, rest)", ("java.", "jdk.", "sun.")),
]


def jfr_tool():
    home = os.environ.get("JAVA_HOME")
    if home and os.path.exists(os.path.join(home, "bin", "jfr")):
        return os.path.join(home, "bin", "jfr")
    return sorted(glob.glob("/usr/lib/jvm/*/bin/jfr"))[-1]


def layer_of(name):
    for layer, prefixes in LAYERS:
        if name.startswith(prefixes):
            return layer
    return "other"


def frames(event):
    stack = event["values"].get("stackTrace") or {}
    out = []
    for f in stack.get("frames", []):
        m = f["method"]
        out.append(m["type"]["name"].replace("/", ".") + "." + m["name"])
    return out  # innermost first


def seconds(timestamp):
    from datetime import datetime
    date, frac = timestamp.rstrip("Z").split(".") if "." in timestamp else (timestamp.rstrip("Z"), "0")
    return datetime.fromisoformat(date).timestamp() + float("0." + frac)


def main(args):
    last = None
    if args[:1] == ["--last"]:
        last, args = float(args[1]), args[2:]
    paths = args
    tool = jfr_tool()
    for path in paths:
        text = subprocess.run([tool, "print", "--json", "--stack-depth", "96", "--events",
                               "jdk.ExecutionSample,jdk.ObjectAllocationSample", path],
                              capture_output=True, text=True, check=True).stdout
        events = json.loads(text)["recording"]["events"]
        if last is not None and events:
            end = max(seconds(e["values"]["startTime"]) for e in events)
            events = [e for e in events if seconds(e["values"]["startTime"]) >= end - last]
        inclusive, exclusive, alloc = Counter(), Counter(), Counter()
        samples = 0
        alloc_total = 0
        for e in events:
            fr = frames(e)
            if e["type"] == "jdk.ExecutionSample":
                samples += 1
                seen = {layer_of(f) for f in fr}
                for layer in seen:
                    inclusive[layer] += 1
                # innermost frame that is not the JDK itself; the JDK when there is none
                own = next((layer_of(f) for f in fr if not layer_of(f).startswith("JDK")), None)
                exclusive[own or layer_of(fr[0]) if fr else "other"] += 1
            else:
                w = e["values"].get("weight", 0)
                alloc_total += w
                own = next((layer_of(f) for f in fr if not layer_of(f).startswith("JDK")), None)
                alloc[own or (layer_of(fr[0]) if fr else "other")] += w
        print(f"== {path}: {samples} CPU samples, {alloc_total / 1e6:.0f} MB sampled allocation")
        print(f"  {'layer':44s} {'inclusive':>9s} {'innermost':>9s} {'alloc':>7s}")
        names = [l for l, _ in LAYERS] + ["other"]
        for layer in names:
            if inclusive[layer] or exclusive[layer] or alloc[layer]:
                print(f"  {layer:44s} {100 * inclusive[layer] / max(samples, 1):8.1f}% {100 * exclusive[layer] / max(samples, 1):8.1f}%"
                      f" {100 * alloc[layer] / max(alloc_total, 1):6.1f}%")


if __name__ == "__main__":
    main(sys.argv[1:])
