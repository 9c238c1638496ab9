"""`build.py serve` as a user runs it: an edit shows in the open page by itself, a broken record keeps
the last good pages and names its path:line, a port in use is said before anything is built, Ctrl+C
stops cleanly. Every wait is bounded; every process started is stopped."""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import time
from pathlib import Path

import pytest
from conftest import ROOT, copy_archive

from minutebook.serving import BUILD_ID_PATH, Changes, with_reload_script

RECORD = Path("meetings") / "cabinet" / "2017-07-13.md"
BUILD_TIMEOUT = 240  # seconds for one build of the sample archive on a busy 2-core machine


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def wait_for(predicate, timeout: float, what: str, process: subprocess.Popen | None = None) -> None:
    deadline = time.monotonic() + timeout
    while not predicate():
        if process is not None and process.poll() is not None:
            pytest.fail(f"build.py serve stopped (exit {process.returncode}) while waiting for {what}")
        if time.monotonic() > deadline:
            pytest.fail(f"no {what} within {timeout:.0f} s")
        time.sleep(0.2)


@pytest.fixture
def served(tmp_path):
    """`build.py serve` on a copy of the sample archive; yields (url, content, site, process, log)."""
    content = copy_archive(tmp_path / "content")
    site, log = tmp_path / "site", tmp_path / "serve.log"
    port = free_port()
    with log.open("w") as out:
        process = subprocess.Popen([sys.executable, str(ROOT / "build.py"), "serve", "--content", str(content),
                                    "--site-dir", str(site), "--port", str(port)], cwd=tmp_path, stdout=out,
                                   stderr=subprocess.STDOUT, env={**os.environ, "NO_MKDOCS_2_WARNING": "1"})
    try:
        wait_for(lambda: "serving" in log.read_text(), BUILD_TIMEOUT, "first build", process)
        wait_for(lambda: "ready to show edits" in log.read_text(), BUILD_TIMEOUT, "the live site", process)
        yield f"http://127.0.0.1:{port}/", content, site, process, log
    finally:
        if process.poll() is None:
            process.kill()
            process.wait(timeout=30)


@pytest.mark.browser
def test_an_edit_shows_in_the_open_page_and_a_broken_record_keeps_the_last_good_one(served, page):
    url, content, site, process, log = served
    page.goto(url + "meetings/cabinet/2017-07-13/")
    assert "Committee Rooms 1 & 2" in page.locator("article").inner_text()
    page.evaluate("window.__loadedBefore = true")
    record = content / RECORD
    record.write_text(record.read_text().replace("Committee Rooms 1 & 2", "Committee Room Zebra"))
    page.get_by_text("Committee Room Zebra").first.wait_for(timeout=BUILD_TIMEOUT * 1000)
    assert page.evaluate("window.__loadedBefore") is None  # the page reloaded by itself
    assert "pages that depend on it written" in log.read_text()  # the fast path, not a whole rebuild
    wait_for(lambda: "the whole site is up to date again" in log.read_text(), BUILD_TIMEOUT, "background build",
             process)
    assert "Committee Room Zebra" in (site / "calendars" / "cabinet.ics").read_text()  # the rest followed

    good = record.read_text()
    record.write_text(good.replace("date: 2017-07-13", "date: 2017-13-13"))
    wait_for(lambda: "still served" in log.read_text(), BUILD_TIMEOUT, "refused rebuild", process)
    output = log.read_text()
    assert f"content/{RECORD.as_posix()}:3: meeting: date: '2017-13-13' is not a date" in output
    assert "Traceback" not in output
    page.reload()
    assert "Committee Room Zebra" in page.locator("article").inner_text()

    record.write_text(good.replace("Committee Room Zebra", "Committee Room Yak"))  # Ctrl+C while rebuilding
    wait_for(lambda: log.read_text().count("rebuilding") == 3, 30, "third rebuild", process)
    time.sleep(1)
    process.send_signal(signal.SIGINT)  # stops the build at once, not when it ends (threads must not swallow it)
    assert process.wait(timeout=10) == 130
    output = log.read_text()
    assert "Traceback" not in output and "stopped (Ctrl+C)" in output
    assert not list(site.parent.glob(".site.*")), "a staging folder was left behind"
    assert (site / "index.html").is_file()


def test_ctrl_c_during_the_first_build_leaves_no_staging_folder(tmp_path):
    content = copy_archive(tmp_path / "content")
    site, log = tmp_path / "site", tmp_path / "serve.log"
    with log.open("w") as out:
        process = subprocess.Popen([sys.executable, str(ROOT / "build.py"), "serve", "--content", str(content),
                                    "--site-dir", str(site), "--port", str(free_port())], stdout=out,
                                   stderr=subprocess.STDOUT, env={**os.environ, "NO_MKDOCS_2_WARNING": "1"})
    try:
        wait_for(lambda: list(tmp_path.glob(".site.building-*")), 120, "staging folder", process)
        process.send_signal(signal.SIGINT)
        assert process.wait(timeout=30) == 130
    finally:
        if process.poll() is None:
            process.kill()
            process.wait(timeout=30)
    assert "Traceback" not in log.read_text()
    assert not list(tmp_path.glob(".site.*")) and not site.exists()


def test_a_port_in_use_is_said_before_anything_is_built(tmp_path):
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        start = time.monotonic()
        result = subprocess.run([sys.executable, str(ROOT / "build.py"), "serve", "--content",
                                 str(ROOT / "tests" / "fixtures" / "archive"), "--site-dir", str(tmp_path / "site"),
                                 "--port", str(port)], capture_output=True, text=True, timeout=60)
    assert result.returncode == 1
    assert f"port {port} is in use; choose another with `make serve PORT={port + 1}`" in result.stderr
    assert f"build.py serve --port {port + 1}" in result.stderr
    assert "Traceback" not in result.stderr and result.stdout == ""
    assert not (tmp_path / "site").exists() and time.monotonic() - start < 30


def test_the_reload_script_goes_before_the_closing_body():
    page = with_reload_script(b"<html><body><p>x</p></body></html>", 'a"</script>')
    assert page.startswith(b"<html><body><p>x</p><script>") and page.endswith(b"</script></body></html>")
    assert BUILD_ID_PATH.encode() in page and b'a"</script>' not in page  # the id cannot close the script


def test_built_pages_never_carry_the_reload_script(site_dir):
    assert not [p for p in site_dir.rglob("*.html") if b"/.minutebook/" in p.read_bytes()]


@pytest.mark.parametrize(("name", "wanted"), [
    ("content/meetings/cabinet/2017-07-13.md", True),
    ("content/people.yml", True),
    ("content/meetings/cabinet/.2017-07-13.md.swp", False),
    ("content/meetings/cabinet/2017-07-13.md~", False),
    ("content/meetings/cabinet/.#2017-07-13.md", False),
    ("site/index.html", False),
    ("mkdocs.yml", True),
    ("build.py", False),
])
def test_which_changes_start_a_rebuild(tmp_path, name, wanted):
    changes = Changes(ignored=[tmp_path / "site"], only=[tmp_path / "mkdocs.yml"])
    assert changes.wanted(tmp_path / name) is wanted


def test_reading_a_record_is_not_an_edit(tmp_path):
    record = tmp_path / "content" / "2017-07-13.md"
    record.parent.mkdir()
    record.write_text("---\n")
    changes = Changes()
    changes.remember(tmp_path / "content")
    assert not changes.changed_state(record)  # only its access time could have changed
    record.write_text("---\nbody: cabinet\n")
    assert changes.changed_state(record)


def test_a_browser_leaving_before_its_answer_is_sent_prints_no_traceback(tmp_path, capsys):
    from minutebook.serving import listen, serve_forever

    (tmp_path / "big.bin").write_bytes(b"x" * 32_000_000)
    port = free_port()
    server = listen("127.0.0.1", port, tmp_path, None)
    thread = serve_forever(server)
    try:
        for _ in range(3):
            client = socket.create_connection(("127.0.0.1", port))
            client.sendall(b"GET /big.bin HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n")
            client.recv(1024)
            client.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, b"\x01\x00\x00\x00\x00\x00\x00\x00")
            client.close()  # reset: the server's next write fails
        time.sleep(1)
    finally:
        server.shutdown()
        server.server_close()
        thread.join(timeout=10)
    captured = capsys.readouterr()
    assert "Traceback" not in captured.err + captured.out
