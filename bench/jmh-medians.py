#!/usr/bin/env python3
"""Median of the measured JMH iterations per benchmark, from one or more JMH text logs.

JMH's summary is a mean with an error bar; on a noisy 2-core machine the median of the
iterations says more. Usage: python3 bench/jmh-medians.py run1.log [run2.log ...]
"""
import re
import statistics
import sys

samples = {}
for path in sys.argv[1:]:
    current = None
    for line in open(path):
        m = re.match(r'# Benchmark: .*\.(\w+)$', line)
        if m:
            current = m.group(1)
            samples.setdefault(current, [])
            continue
        m = re.match(r'Iteration\s+\d+: ([\d.]+) ns/op', line)
        if m and current:
            samples[current].append(float(m.group(1)))
for name, values in sorted(samples.items()):
    print(f"{name:20} n={len(values):3} median={statistics.median(values):8.0f} ns  min={min(values):8.0f} ns")
medians = {name: statistics.median(values) for name, values in samples.items() if values}
for op in ("read", "write"):
    generated, hand = medians.get(op + "Generated"), medians.get(op + "HandWritten")
    if generated and hand:
        print(f"{op}: generated / hand-written = {generated / hand:.2f}")
