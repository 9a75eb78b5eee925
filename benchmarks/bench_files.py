"""Touches-from-files benchmark (issue #17): a generated 50,000-message mbox with realistic
headers and a 5-year calendar of 5,000 events (weekly one-to-ones among them), imported as
processes into a generated 30,000-contact network; beside them, the mbox parsed in-process.

Prints a table and writes ``benchmarks/out/files.json``. Targets: the mbox parsed at
≥ 10,000 messages/s; peak memory of the import process < 300 MB (the mbox is streamed,
never loaded whole).

Usage: python benchmarks/bench_files.py [--contacts N] [--messages M] [--events E] [--runs R]
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import random
import shutil
import sqlite3
import statistics
import subprocess
import sys
import time
from pathlib import Path

OUT = Path(__file__).parent / "out"
BIN = Path(sys.executable).parent
ME = "me@example.com"
END = dt.datetime(2026, 11, 1, tzinfo=dt.UTC)
WORDS = (
    "quarterly", "plan", "coffee", "intro", "project", "update", "review", "draft", "offer",
    "hiring", "board", "deck",
)  # fmt: skip


def run(args: list[str], runs: int, setup: dict[Path, Path] | None = None) -> dict[str, float]:
    """Wall and CPU time (user + system: what the work costs when the machine is shared) and
    the peak RSS of a process, over ``runs`` runs."""
    walls, cpus, peaks = [], [], []
    for _ in range(runs):
        for target, source in (setup or {}).items():
            for suffix in ("-wal", "-shm"):
                Path(f"{target}{suffix}").unlink(missing_ok=True)
            shutil.copy(source, target)
        start = time.perf_counter()
        process = subprocess.Popen(args, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
        _, status, usage = os.wait4(process.pid, 0)
        walls.append(time.perf_counter() - start)
        if status != 0:
            raise SystemExit(f"{' '.join(args)} failed: {process.stderr.read().decode()}")  # type: ignore[union-attr]
        cpus.append(usage.ru_utime + usage.ru_stime)
        peaks.append(usage.ru_maxrss / 1024)
    return {"median_s": statistics.median(walls), "cpu_s": statistics.median(cpus),
            "peak_mb": max(peaks)}  # fmt: skip


def contact_emails(db: Path, limit: int) -> list[str]:
    with sqlite3.connect(db) as connection:
        rows = connection.execute("SELECT email FROM contact_emails LIMIT ?", (limit,))
        return [email for (email,) in rows]


def write_mbox(path: Path, messages: int, known: list[str], seed: int = 7) -> None:
    """Gmail-Takeout-like messages: Received chains, DKIM, labels, thread ids; a tenth from
    lists, a third from people who are not contacts; bodies of a few hundred bytes."""
    rng = random.Random(seed)
    strangers = [f"someone{i}@elsewhere.example" for i in range(2_000)]
    threads: list[tuple[str, str, str]] = []  # (thread id, first message id, other side)
    start = END - dt.timedelta(days=5 * 365)
    with path.open("w", encoding="utf-8", newline="\n") as fp:
        for n in range(messages):
            when = start + dt.timedelta(seconds=n * (5 * 365 * 86400 // max(messages, 1)))
            if threads and rng.random() < 0.4:
                thread, root, other = rng.choice(threads)
                replies = f"In-Reply-To: {root}\nReferences: {root}\n"
            else:
                other = rng.choice(known) if rng.random() < 0.66 else rng.choice(strangers)
                thread, root, replies = str(1_700_000_000_000 + n), f"<m{n}@mail.example>", ""
                threads.append((thread, root, other))
                threads = threads[-500:]
            out = rng.random() < 0.45
            sender, to = (ME, other) if out else (other, ME)
            listed = "List-Id: <news.example.org>\nPrecedence: list\n" if n % 10 == 9 else ""
            subject = " ".join(rng.choice(WORDS) for _ in range(4)).capitalize()
            stamp = when.strftime("%a, %d %b %Y %H:%M:%S +0000")
            fp.write(
                f"From {thread}@xxx {when.strftime('%a %b %d %H:%M:%S +0000 %Y')}\n"
                f"X-GM-THRID: {thread}\nX-Gmail-Labels: {'Sent' if out else 'Inbox'},Important\n"
                f"Delivered-To: {ME}\n"
                f"Received: by 2002:a05:6a10:{n % 9999:x} with SMTP id x{n}csp1234;\n"
                f"        {stamp}\n"
                f"Received: from mail.example (mail.example. [192.0.2.{n % 250}])\n"
                f"        by mx.google.com with ESMTPS id {n}.{n % 97}\n        for <{to}>;\n"
                f"        {stamp}\n"
                f"DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed; d=mail.example; s=k1;\n"
                f"        h=from:to:subject:date:message-id; bh=Zm9vYmFy{n:08d}=;\n"
                f"        b=QUJDREVGR0hJSktMTU5PUFFSU1RVVldYWVphYmNkZWZnaGlqa2xtbm9wcXJzdHV2d3h5\n"
                f"Message-ID: <m{n}.r@mail.example>\n{replies}"
                f"Date: {stamp}\nFrom: Person <{sender}>\nTo: <{to}>\n{listed}"
                f"Subject: {subject}\nMIME-Version: 1.0\n"
                f'Content-Type: text/plain; charset="UTF-8"\n\n'
                f"Hello,\n\n{'Lorem ipsum dolor sit amet. ' * rng.randint(4, 20)}\n"
                f">From the last message: thanks.\n\nBest\n\n"
            )


def write_calendar(path: Path, events: int, known: list[str], seed: int = 11) -> None:
    """Five years of meetings; one in twenty a weekly series of ten, one in ten a big one."""
    rng = random.Random(seed)
    start = END - dt.timedelta(days=5 * 365)
    lines = ["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//bench//EN", f"X-WR-CALNAME:{ME}",
             "X-WR-TIMEZONE:Europe/Berlin"]  # fmt: skip
    for n in range(events):
        when = start + dt.timedelta(minutes=n * (5 * 365 * 1440 // max(events, 1)))
        when = when.replace(hour=9 + n % 8, minute=0)
        people = rng.sample(known, 12 if n % 10 == 0 else rng.randint(1, 3))
        lines += [
            "BEGIN:VEVENT", f"UID:bench-{n}@example.com", f"SUMMARY:Meeting {n}",
            f"DTSTART:{when.strftime('%Y%m%dT%H%M%S')}",
            f"DTEND:{(when + dt.timedelta(minutes=30)).strftime('%Y%m%dT%H%M%S')}",
            f"LOCATION:{'https://zoom.us/j/1' if n % 3 == 0 else 'Office'}",
            f"ORGANIZER:mailto:{ME}",
            *(f"ATTENDEE;PARTSTAT=ACCEPTED:mailto:{p}" for p in people),
        ]  # fmt: skip
        if n % 20 == 0:
            lines.append("RRULE:FREQ=WEEKLY;COUNT=10")
        lines.append("END:VEVENT")
    lines.append("END:VCALENDAR")
    path.write_text("\r\n".join(lines) + "\r\n", encoding="utf-8")


def parse_rate(mbox: Path) -> tuple[float, float, int]:
    """Messages parsed per second of CPU time and of wall time, in-process."""
    from netgarden.formats.mail import parse_mbox

    cpu, wall = time.process_time(), time.perf_counter()
    with mbox.open("rb") as fp:
        found = sum(1 for _ in parse_mbox(fp, mbox.name))
    return found / (time.process_time() - cpu), found / (time.perf_counter() - wall), found


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--contacts", type=int, default=30_000)
    parser.add_argument("--messages", type=int, default=50_000)
    parser.add_argument("--events", type=int, default=5_000)
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    work = OUT / "files"
    work.mkdir(parents=True, exist_ok=True)
    base, db = work / "network.db", work / "n.db"
    for path in (base, db):
        path.unlink(missing_ok=True)
    ng = [str(BIN / "netgarden"), "--db", str(base)]
    touches = str(args.contacts * 3)
    subprocess.run([*ng, "generate", "--contacts", str(args.contacts), "--touches", touches,
                    "--seed", "1"], check=True, capture_output=True)  # fmt: skip
    subprocess.run([*ng, "config", "me_emails", ME], check=True, capture_output=True)
    known = contact_emails(base, 5_000)
    mbox, ics = work / "mail.mbox", work / "calendar.ics"
    write_mbox(mbox, args.messages, known)
    write_calendar(ics, args.events, known)
    ng = [str(BIN / "netgarden"), "--db", str(db)]
    results = {
        f"import {args.messages:,}-message mbox": run([*ng, "import", str(mbox)], args.runs,
                                                      {db: base}),
        f"import {args.events:,}-event calendar": run([*ng, "import", str(ics)], args.runs,
                                                      {db: base}),
    }  # fmt: skip
    shutil.copy(base, db)
    subprocess.run([*ng, "import", str(mbox)], check=True, capture_output=True)
    results["the mbox again (nothing new)"] = run([*ng, "import", str(mbox)], args.runs)
    rate, wall_rate, parsed = parse_rate(mbox)
    summary = json.loads(
        subprocess.run([*ng, "import", str(ics), "--dry-run", "--json"], check=True,
                       capture_output=True, text=True).stdout
    )  # fmt: skip
    mail_cpu = results[f"import {args.messages:,}-message mbox"]["cpu_s"]
    peak = max(r["peak_mb"] for r in results.values())
    checks = {
        "mbox parsed ≥ 10,000 messages per CPU second": rate >= 10_000,
        "peak memory < 300 MB": peak < 300,
    }
    report = {
        "sizes": {
            "contacts": args.contacts,
            "messages": args.messages,
            "events": args.events,
            "mbox_bytes": mbox.stat().st_size,
        },
        "processes": results,
        "mbox_parse_messages_per_cpu_s": rate,
        "mbox_parse_messages_per_wall_s": wall_rate,
        "mbox_import_messages_per_cpu_s": args.messages / mail_cpu,
        "load_average": os.getloadavg()[0],
        "calendar_touches": summary["touches"],
        "calendar_left_out": summary.get("left_out", {}),
        "checks": checks,
    }
    (OUT / "files.json").write_text(json.dumps(report, indent=2))
    print(f"{'process':<42}{'wall':>8}{'cpu':>9}{'peak':>9}")
    for name, r in results.items():
        print(f"{name:<42}{r['median_s']:>7.2f}s{r['cpu_s']:>8.2f}s{r['peak_mb']:>6.0f} MB")
    size = mbox.stat().st_size / 1024 / 1024
    print(f"\nmbox: {size:.0f} MB, {parsed:,} messages; parsed in-process: {rate:,.0f} per CPU s, "
          f"{wall_rate:,.0f} per wall s (load average {os.getloadavg()[0]:.1f})")  # fmt: skip
    print(f"mbox import as a process: {args.messages / mail_cpu:,.0f} messages per CPU s")
    print(f"calendar: {summary['touches']:,} touches; left out: {summary.get('left_out', {})}")
    for name, ok in checks.items():
        print(f"{'PASS' if ok else 'MISS'}  {name}")
    print(f"\nwrote {OUT / 'files.json'}")


if __name__ == "__main__":
    main()
