"""What the bench-*.py reports share: running a benchmark binary and reading its median results."""
from __future__ import annotations

import json
import subprocess
import sys


def run(cmd: list[str], tool: str, env: dict | None = None) -> tuple[str, str]:
    """Runs cmd; exits (as `tool`) with its status when it fails. Returns (stdout, stderr)."""
    print(f"running: {' '.join(cmd)}", file=sys.stderr, flush=True)
    try:
        proc = subprocess.run(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, check=False, env=env)
    except OSError as e:
        print(f"{tool}: cannot run {cmd[0]}: {e}", file=sys.stderr)
        sys.exit(2)
    if proc.returncode != 0:
        sys.stderr.write(proc.stdout[-4000:])
        sys.stderr.write(proc.stderr[-4000:])
        print(f"{tool}: {cmd[0]} exited with status {proc.returncode}", file=sys.stderr)
        sys.exit(proc.returncode if proc.returncode > 0 else 1)
    return proc.stdout, proc.stderr


def load_json(text: str, stderr: str, tool: str, what: str):
    try:
        return json.loads(text)
    except json.JSONDecodeError as e:
        sys.stderr.write(stderr[-4000:])
        print(f"{tool}: no JSON from the {what} run: {e}", file=sys.stderr)
        sys.exit(1)


def medians(report: dict, prefix: str) -> tuple[dict, dict, dict]:
    """From Google Benchmark's JSON, for the benchmarks named prefix + key: {key: ns per item},
    {key: bytes per second}, {key: error message}, from the median aggregates (or single runs)."""
    ns: dict[str, float] = {}
    bps: dict[str, float] = {}
    errors: dict[str, str] = {}
    for b in report.get("benchmarks", []):
        name = b.get("run_name") or b.get("name", "")
        if not name.startswith(prefix):
            continue
        key = name[len(prefix):]
        if b.get("error_occurred"):
            errors[key] = b.get("error_message", "error")
            continue
        if b.get("run_type") == "aggregate" and b.get("aggregate_name") != "median":
            continue
        if b.get("items_per_second"):
            ns[key] = 1e9 / b["items_per_second"]
        if b.get("bytes_per_second"):
            bps[key] = b["bytes_per_second"]
    return ns, bps, errors
