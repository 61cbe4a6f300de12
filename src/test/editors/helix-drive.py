"""Drives Helix in a pseudo-terminal: opens FILE with LSP logging to LOG, waits until the log shows a
publishDiagnostics (at most WAIT seconds), quits, and prints the first published diagnostics as
LINE:COL CODE (1-based). Usage: python3 helix-drive.py LOG FILE WAIT"""
import json
import os
import pty
import select
import sys
import time

log, file, wait = sys.argv[1], sys.argv[2], float(sys.argv[3])
pid, fd = pty.fork()
if pid == 0:
    os.execvp("hx", ["hx", "-vv", "--log", log, file])


def pump(seconds):
    end = time.time() + seconds
    while time.time() < end:
        ready, _, _ = select.select([fd], [], [], 0.2)
        if ready:
            try:
                os.read(fd, 65536)
            except OSError:
                return


def published():
    try:
        lines = open(log, encoding="utf-8", errors="replace").read().splitlines()
    except FileNotFoundError:
        return None
    for line in lines:
        if " <- " in line and '"textDocument/publishDiagnostics"' in line:
            return json.loads(line.split(" <- ", 1)[1])
    return None


deadline = time.time() + wait
while time.time() < deadline and published() is None:
    pump(0.5)
os.write(fd, b"\x1b:q!\r")
pump(2)
try:
    os.kill(pid, 9)
except ProcessLookupError:
    pass
message = published()
if message is None:
    sys.exit("helix-drive: no publishDiagnostics within %d s (log: %s)" % (wait, log))
for d in message["params"]["diagnostics"]:
    start = d["range"]["start"]
    print("%d:%d %s" % (start["line"] + 1, start["character"] + 1, d.get("code", "")))
