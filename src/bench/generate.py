#!/usr/bin/env python3
"""Writes N realistic App Engine service directories for the benchmark, deterministically.

Usage: src/bench/generate.py N DIR

Each service is DIR/svc-NNNNN/ with a ~48-line app.yaml (second-generation runtimes, scaling,
environment variables, handlers with regexes and headers) and the static/ folder its handlers
name, so that the files are clean the way deployed files are. Every 100th service directory also
has a dispatch.yaml and a cron.yaml routing to services of the run, so the cross-file rules have
work. The same N always gives byte-identical files (no randomness, no dates).
"""
import os
import sys

RUNTIMES = ["python312", "python313", "nodejs22", "nodejs24", "go125", "java21", "php84", "python314"]
ENTRYPOINTS = {
    "python": "gunicorn -b :$PORT -w 2 main:app",
    "nodejs": "node server.js",
    "go": "./bin/server",
    "java": "java -jar app.jar",
    "php": "serve public/index.php",
    }
CLASSES = ["F2", "F4", "F2", "F4_1G"]


def app_yaml(i):
    runtime = RUNTIMES[i % len(RUNTIMES)]
    family = runtime.rstrip("0123456789")
    cls = CLASSES[i % len(CLASSES)]
    max_instances = 5 + i % 40
    lines = [
        f"# Service {i}: a second-generation {family} web service.",
        f"runtime: {runtime}",
        f"service: svc-{i:05d}",
        f"instance_class: {cls}",
        f"entrypoint: {ENTRYPOINTS[family]}",
        "",
        "inbound_services:",
        "- warmup",
        "",
        "automatic_scaling:",
        f"  min_instances: {i % 3}",
        f"  max_instances: {max_instances}",
        f"  target_cpu_utilization: 0.{60 + i % 30}",
        f"  max_concurrent_requests: {10 + i % 70}",
        "  min_pending_latency: 30ms",
        "  max_pending_latency: automatic",
        "",
        "env_variables:",
        f"  APP_MODE: \"production\"",
        f"  CACHE_TTL_SECONDS: \"{60 * (1 + i % 10)}\"",
        f"  BUCKET_NAME: \"assets-{i:05d}\"",
        f"  FEATURE_FLAGS: \"search,export,beta-{i % 7}\"",
        "",
        "handlers:",
        "- url: /static",
        "  static_dir: static",
        f"  expiration: {1 + i % 9}d",
        "  http_headers:",
        "    X-Content-Type-Options: nosniff",
        "    Cache-Control: public",
        "- url: /favicon\\.ico",
        "  static_files: static/favicon.ico",
        "  upload: static/favicon\\.ico",
        "- url: /(robots|humans)\\.txt",
        "  static_files: static/\\1.txt",
        "  upload: static/(robots|humans)\\.txt",
        "- url: /admin/.*",
        "  script: auto",
        "  secure: always",
        f"- url: /api/v{1 + i % 3}/.*",
        "  script: auto",
        "  secure: always",
        "- url: /.*",
        "  script: auto",
        "  secure: always",
        "  redirect_http_response_code: 301",
    ]
    return "\n".join(lines) + "\n"


def dispatch_yaml(i, n):
    targets = [min(n - 1, i + k) for k in range(1, 6)]
    lines = ["dispatch:"]
    for k, t in enumerate(targets):
        lines += [f"  - url: \"*/route{k}/*\"", f"    service: svc-{t:05d}"]
    lines += [f"  - url: \"www-{i:05d}.example.com/*\"", f"    service: svc-{i:05d}"]
    return "\n".join(lines) + "\n"


def cron_yaml(i, n):
    lines = ["cron:"]
    for k in range(4):
        t = min(n - 1, i + k)
        lines += [
            f"- description: \"job {k} of group {i}\"",
            f"  url: /tasks/job{k}",
            f"  schedule: every {5 + 5 * k} minutes",
            f"  target: svc-{t:05d}",
        ]
    return "\n".join(lines) + "\n"


def write(path, text):
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write(text)


def main():
    if len(sys.argv) != 3 or not sys.argv[1].isdigit():
        sys.exit("usage: generate.py N DIR")
    n, root = int(sys.argv[1]), sys.argv[2]
    for i in range(n):
        d = os.path.join(root, f"svc-{i:05d}")
        os.makedirs(os.path.join(d, "static"), exist_ok=True)
        write(os.path.join(d, "app.yaml"), app_yaml(i))
        for name in ("favicon.ico", "robots.txt", "humans.txt"):
            write(os.path.join(d, "static", name), "x\n")
        if i % 100 == 99:
            write(os.path.join(d, "dispatch.yaml"), dispatch_yaml(i, n))
            write(os.path.join(d, "cron.yaml"), cron_yaml(i, n))


if __name__ == "__main__":
    main()
