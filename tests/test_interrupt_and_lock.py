"""A run as a user stops it (Ctrl-C, kill) and as two users share an output folder."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from conftest import run_cli

# Loaded by every Python process the run starts (workers too): reading a file sleeps,
# after leaving a mark that the run has got that far. No hook in the product code.
SLOW_HOOK = '''
import os, time
if os.environ.get("OFSTED_TEST_SLOW_MARK"):
    import pipeline.ingest as ingest
    real = ingest.ingest_bytes
    def slow(*args, **kwargs):
        open(os.environ["OFSTED_TEST_SLOW_MARK"], "a").close()
        time.sleep(60)
        return real(*args, **kwargs)
    ingest.ingest_bytes = slow
'''

TABLES = ("reports.csv", "judgements.csv", "inspectors.csv", "dates.csv", "metrics.csv",
          "sections.csv", "improvements.csv", "schema.json")


def snapshot(out: Path) -> dict[str, bytes]:
    return {name: (out / name).read_bytes() for name in TABLES}


@pytest.fixture()
def earlier_run(tmp_path: Path) -> Path:
    """An output folder holding the tables of a finished run, and new inputs beside it."""
    first = tmp_path / "first"
    first.mkdir()
    (first / "a.txt").write_text("Only 52% of children had a health assessment.\n")
    out = tmp_path / "out"
    assert run_cli("run", str(first), "--out", str(out), "--workers", "1") == 0
    new = tmp_path / "new"
    new.mkdir()
    for i in range(3):
        (new / f"n{i}.txt").write_text(f"In 2023, {i + 40} children were adopted.\n")
    return out


def start_slow_run(out: Path, tmp_path: Path) -> tuple[subprocess.Popen, Path]:
    hook = tmp_path / "hook"
    hook.mkdir(exist_ok=True)
    (hook / "sitecustomize.py").write_text(SLOW_HOOK)
    mark = tmp_path / "reading"
    env = dict(os.environ, PYTHONPATH=str(hook), OFSTED_TEST_SLOW_MARK=str(mark))
    proc = subprocess.Popen(
        [sys.executable, "-m", "pipeline", "run", str(tmp_path / "new"), "--out", str(out),
         "--workers", "2", "--timeout", "100"],
        env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
        start_new_session=True)  # its own process group, as a shell gives a job
    deadline = time.monotonic() + 60
    while not mark.exists():
        assert proc.poll() is None, proc.communicate()
        assert time.monotonic() < deadline, "the run never started reading"
        time.sleep(0.05)
    return proc, mark


def stop_and_wait(proc: subprocess.Popen, send) -> tuple[int, float, str]:
    t0 = time.monotonic()
    send()
    try:
        _, err = proc.communicate(timeout=30)
    finally:
        if proc.poll() is None:
            os.killpg(proc.pid, signal.SIGKILL)
    return proc.returncode, time.monotonic() - t0, err


@pytest.mark.parametrize("target", ["group", "main"])
def test_ctrl_c_stops_at_once_and_keeps_the_tables(earlier_run: Path, tmp_path: Path,
                                                   target: str) -> None:
    """Ctrl-C signals the whole group; `kill -INT PID` only the main process."""
    before = snapshot(earlier_run)
    proc, _ = start_slow_run(earlier_run, tmp_path)
    if target == "group":
        rc, took, err = stop_and_wait(proc, lambda: os.killpg(proc.pid, signal.SIGINT))
    else:
        rc, took, err = stop_and_wait(proc, lambda: os.kill(proc.pid, signal.SIGINT))
    assert rc == 130, err
    assert took < 2.0, f"took {took:.1f} s to stop"
    assert "interrupted" in err and "Traceback" not in err
    assert snapshot(earlier_run) == before
    time.sleep(0.2)  # no worker is left behind to write anything later
    with pytest.raises(ProcessLookupError):
        os.killpg(proc.pid, 0)


def test_sigterm_stops_like_ctrl_c(earlier_run: Path, tmp_path: Path) -> None:
    before = snapshot(earlier_run)
    proc, _ = start_slow_run(earlier_run, tmp_path)
    rc, took, _ = stop_and_wait(proc, lambda: os.kill(proc.pid, signal.SIGTERM))
    assert rc == 130 and took < 2.0
    assert snapshot(earlier_run) == before


def test_a_second_run_into_the_same_folder_fails_at_once(earlier_run: Path, tmp_path: Path,
                                                         capsys) -> None:
    before = snapshot(earlier_run)
    proc, _ = start_slow_run(earlier_run, tmp_path)
    try:
        t0 = time.monotonic()
        assert run_cli("run", str(tmp_path / "first"), "--out", str(earlier_run)) == 1
        assert run_cli("export", "--out", str(earlier_run)) == 1
        assert time.monotonic() - t0 < 10  # at once, not after the other run
        err = capsys.readouterr().err
        assert f"in use by another ofsted run (pid {proc.pid})" in err
        assert snapshot(earlier_run) == before
    finally:  # the holder dies without a chance to clean up: its lock goes with it
        os.killpg(proc.pid, signal.SIGKILL)
        proc.communicate()
    assert (earlier_run / ".lock").read_text().strip() == str(proc.pid)
    assert run_cli("run", str(tmp_path / "new"), "--out", str(earlier_run),
                   "--workers", "1") == 0
    assert snapshot(earlier_run) != before
