#!/usr/bin/env python3
"""Minutebook's command line: build, serve, check, search and import a meetings archive.

A thin layer: each command parses its options and calls the domain (`minutebook`) or MkDocs.
"""

from __future__ import annotations

import argparse
import contextlib
import datetime
import os
import shutil
import signal
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent
sys.path.insert(0, str(ROOT))

from minutebook import pagecache, serving, sitefolder  # noqa: E402
from minutebook.archive import load_archive  # noqa: E402
from minutebook.serving import SiteHandler  # noqa: E402,F401  (tests serve with build.py's own handler)


def check(args: argparse.Namespace) -> int:
    archive, problems = load_archive(args.content, allow_empty=args.allow_empty)
    if problems.items:
        print(problems.report(), file=sys.stderr)
    if problems.failed(strict=args.strict):
        print(f"{len(problems.errors)} error(s), {len(problems.items) - len(problems.errors)} warning(s) "
              f"in {args.content}", file=sys.stderr)
        return 1
    print(f"{args.content}: {len(archive.meetings)} meetings, {sum(len(m.items) for m in archive.meetings)} items, "
          f"{len(archive.people)} people, {len(archive.bodies)} bodies: no errors")
    return 0


def build(args: argparse.Namespace, rebuild: bool = False, cache: Path | None = None) -> int:
    """Build beside the old site, then swap: a failed or interrupted build leaves the previous site
    untouched, and a folder that is not a previous site is never replaced (`minutebook.sitefolder`).
    `cache`: serve's folder of rendered pages, kept between builds (`minutebook.pagecache`)."""
    started = _start_build(args, cache)
    if isinstance(started, int):
        return started
    process, staging = started
    try:
        returncode = process.wait()
    except BaseException:
        _stop_build(process, staging)
        raise
    return _finish_build(args, returncode, staging, rebuild)


def _start_build(args: argparse.Namespace, cache: Path | None) -> tuple[subprocess.Popen, Path] | int:
    """MkDocs started on a staging folder beside --site-dir; 1 if --site-dir may not be built into."""
    site_dir: Path = args.site_dir.resolve()
    refused = sitefolder.refusal(site_dir, args.content, {"the project": ROOT, "the current folder": Path.cwd()})
    if refused:
        print(f"refusing to build into {args.site_dir}: {refused}", file=sys.stderr)
        return 1
    site_dir.parent.mkdir(parents=True, exist_ok=True)
    staging = sitefolder.staging_folder(site_dir)
    try:  # Ctrl+C between the folder's making and MkDocs's start (its fork and exec take a moment) removes it too
        return _start_mkdocs(args, cache, site_dir, staging), staging
    except BaseException:
        shutil.rmtree(staging, ignore_errors=True)
        raise


def _start_mkdocs(args: argparse.Namespace, cache: Path | None, site_dir: Path, staging: Path) -> subprocess.Popen:
    """MkDocs building the site into `staging`, in a session of its own."""
    env = {**os.environ, "MINUTEBOOK_CONTENT": str(args.content.resolve()), "NO_MKDOCS_2_WARNING": "1"}
    if args.command == "build":  # a build is what gets published: its addresses join the archive's ledger
        env["MINUTEBOOK_RECORD_ADDRESSES"] = "1"
    if getattr(args, "allow_empty", False):
        env["MINUTEBOOK_ALLOW_EMPTY"] = "1"
    if args.site_url:
        env["SITE_URL"] = args.site_url
    if cache is not None:
        env["MINUTEBOOK_CACHE"] = str(cache)
        if sitefolder.is_site(site_dir):
            env["MINUTEBOOK_PREVIOUS_SITE"] = str(site_dir)
    command = [sys.executable, "-m", "mkdocs", "build", "--config-file", str(ROOT / "mkdocs.yml"),
               "--site-dir", str(staging), "--quiet" if args.quiet else "--clean"]
    if args.strict:
        command.append("--strict")
    # Its own session: Ctrl+C reaches this process only, which stops MkDocs and removes the staging folder.
    return subprocess.Popen(command, env=env, cwd=Path.cwd(), start_new_session=True)


def _stop_build(process: subprocess.Popen, staging: Path) -> None:
    """MkDocs and its workers stopped (they must not outlive serve), and their staging folder removed: a render
    worker or Pagefind's service may outlive MkDocs's own process by a moment and write into the folder while it is
    removed, so the whole group is killed once MkDocs is gone, and the removal tried until the folder is gone."""
    _signal_group(process, signal.SIGTERM)
    with contextlib.suppress(subprocess.TimeoutExpired):
        process.wait(timeout=10)
    _signal_group(process, signal.SIGKILL)
    process.wait()
    for _ in range(STAGING_REMOVAL_TRIES):
        shutil.rmtree(staging, ignore_errors=True)
        if not staging.exists():
            return
        time.sleep(0.2)


STAGING_REMOVAL_TRIES = 25  # 5 s at most for the last writes of a killed group to end


def _finish_build(args: argparse.Namespace, returncode: int, staging: Path, rebuild: bool) -> int:
    site_dir: Path = args.site_dir.resolve()
    if returncode != 0:
        shutil.rmtree(staging, ignore_errors=True)
        print(f"build failed; {site_dir} was left as it was" + ("; its pages are still served" if rebuild else ""),
              file=sys.stderr, flush=True)
        return 1
    sitefolder.swap(staging, site_dir)
    total, files = sitefolder.weight(site_dir)
    print(f"built {site_dir}: {total / 2**20:,.1f} MiB in {files:,} files")
    if notice := sitefolder.too_large(total):
        print(notice, file=sys.stderr)
    return 0


def serve(args: argparse.Namespace) -> int:
    """Listen first (a port in use is said before anything is built), build, then serve; unless
    --no-build, watch the archive, docs/ and mkdocs.yml and show each edit in the open page: a saved
    meeting record at once (its pages written into the served site, `hooks/live.py`), then the whole
    site rebuilt in the background; anything else by a whole rebuild."""
    site_dir: Path = args.site_dir.resolve()
    build_id = [serving.stamp()]
    try:
        server = serving.listen(args.host, args.port, site_dir, None if args.no_build else lambda: build_id[0])
    except serving.ListenError as error:
        print(error, file=sys.stderr)
        return 1
    cache = None if args.no_build else Path(tempfile.mkdtemp(prefix="minutebook-serve-"))
    if args.no_build:
        with server:
            serving.serve_forever(server)
            print(f"serving {args.site_dir} at http://{args.host}:{args.port}/ (Ctrl+C to stop)", flush=True)
            while True:
                time.sleep(3600)
    session = Session(argparse.Namespace(**{**vars(args), "quiet": True}), cache, build_id)
    with server, _removed(cache), session:
        if _build_served(args, cache) is None:
            return 1
        session.prepare()
        observer, changes = serving.watch([args.content, ROOT / "docs", ROOT / "overrides"],
                                          [ROOT / "mkdocs.yml"], ignored=[site_dir])
        serving.serve_forever(server)
        print(f"serving {args.site_dir} at http://{args.host}:{args.port}/ (Ctrl+C to stop)", flush=True)
        try:
            while True:
                changed = changes.wait(timeout=1.0)
                session.poll()
                if changed:
                    session.changed(changed)
        finally:
            observer.stop()
            server.shutdown()
    return 0


class Session:
    """What `serve` does after an edit: the fast path when it can (`LiveSite`, made in a thread after each
    whole build), else a whole rebuild; after a fast edit, a whole rebuild in the background brings the
    rest (exports, feeds, data, the search index) and is swapped in when done, unless another edit comes."""

    def __init__(self, args: argparse.Namespace, cache: Path, build_id: list[str]):
        self.args, self.cache, self.build_id = args, cache, build_id
        self.live = None
        self.generation = 0  # which whole build the live site is made from; a stale one is dropped
        self.background: tuple[subprocess.Popen, Path, float] | None = None

    def __enter__(self) -> Session:
        return self

    def __exit__(self, *exc) -> None:
        self.cancel()

    def prepare(self) -> None:
        """Make the live site in a thread, from the archive just built; edits rebuild whole until it is ready."""
        self.live, self.generation = None, self.generation + 1
        generation = self.generation

        def make() -> None:
            from hooks.live import LiveSite

            start = time.perf_counter()
            try:
                live = LiveSite(ROOT / "mkdocs.yml", self.args.content, self.args.site_dir.resolve(), self.cache,
                                self.args.site_url)
            except Exception as error:  # the fast path is an optimisation: without it, edits rebuild whole
                if generation == self.generation:
                    print(f"edits will rebuild the whole site ({type(error).__name__}: {error})", flush=True)
                return
            if generation == self.generation:
                self.live = live
                print(f"ready to show edits to meeting records within seconds "
                      f"(prepared in {time.perf_counter() - start:.1f} s)", flush=True)

        threading.Thread(target=make, daemon=True).start()

    def changed(self, paths: set[Path]) -> None:
        from minutebook.liveedit import RecordError

        if self.live is not None:  # a scratch file that came and went beside a record (sed -i, editors) is no edit
            meetings = (self.args.content / "meetings").resolve()
            paths = {p for p in paths if p.exists() or p.suffix == ".md" or not p.resolve().is_relative_to(meetings)}
            if not paths:
                return
        names = ", ".join(sorted(_shown(p) for p in paths)[:3]) + (" …" if len(paths) > 3 else "")
        print(f"changed: {names}; rebuilding", flush=True)
        self.cancel()
        start = time.perf_counter()
        live, written, looked = self.live, 0, 0
        try:
            for path in sorted(paths) if live is not None else ():
                result = live.apply(path)
                if result is None:
                    break
                written, looked = written + result[0], looked + result[1]
                for warning in result[2]:
                    print(warning, file=sys.stderr, flush=True)
            else:
                if live is not None:
                    self.build_id[0] = serving.stamp()
                    print(f"shown in {time.perf_counter() - start:.1f} s ({written} of {looked} pages that "
                          "depend on it written); the browser reloads; the rest of the site follows", flush=True)
                    self.start_background()
                    return
        except RecordError as error:
            print(f"{error}\nnot shown: the record has errors; the last good pages are still served",
                  file=sys.stderr, flush=True)
            return
        except Exception as error:  # a fault of the fast path must not stop serve: a whole rebuild is always right
            print(f"the fast path failed ({type(error).__name__}: {error}); rebuilding the whole site",
                  file=sys.stderr, flush=True)
        self.live = None  # a whole build makes a new one
        counts = _build_served(self.args, self.cache, rebuild=True)
        if counts is not None:
            self.build_id[0] = serving.stamp()
            total = counts.get("rendered", 0) + counts.get("reused", 0)
            reused = f" ({counts.get('rendered', 0)} of {total} generated pages rendered again)"
            print(f"rebuilt in {time.perf_counter() - start:.1f} s{reused if counts else ''}; "
                  "the browser reloads", flush=True)
            self.prepare()

    def start_background(self) -> None:
        # Ctrl+C or SIGTERM waits until the build is recorded: between its start and that, it would outlive serve.
        with _signals_held():
            started = _start_build(self.args, self.cache)
            if not isinstance(started, int):
                self.background = (*started, time.perf_counter())

    def poll(self) -> None:
        """The background build, if it has ended: swapped in (the site is whole again) or dropped."""
        if self.background is None or self.background[0].poll() is None:
            return
        process, staging, start = self.background
        self.background = None
        if _finish_build(self.args, process.returncode, staging, rebuild=True) == 0:
            pagecache.promote(self.cache)
            print(f"the whole site is up to date again (exports, feeds, data, search; "
                  f"{time.perf_counter() - start:.0f} s in the background)", flush=True)
        else:
            pagecache.discard(self.cache)

    def cancel(self) -> None:
        """Stop the background build: an edit came, or serve is stopping."""
        if self.background is not None:
            process, staging, _ = self.background
            self.background = None
            _stop_build(process, staging)
            pagecache.discard(self.cache)


def _build_served(args: argparse.Namespace, cache: Path, rebuild: bool = False) -> dict[str, int] | None:
    """Build for serve; the cache's record of the build served moves on only when the new one is swapped in.
    Returns how many generated pages were rendered and reused, or None if the build failed."""
    if build(args, rebuild=rebuild, cache=cache) != 0:
        pagecache.discard(cache)
        return None
    return pagecache.promote(cache)


@contextlib.contextmanager
def _signals_held():
    """Ctrl+C, SIGTERM and SIGHUP noted during the block and acted on after it (not blocked: a process
    started in the block would inherit a blocked mask)."""
    caught: list[int] = []
    previous = {s: signal.signal(s, lambda signum, frame: caught.append(signum))
                for s in (signal.SIGINT, signal.SIGTERM, signal.SIGHUP)}
    try:
        yield
    finally:
        for signum, handler in previous.items():
            signal.signal(signum, handler)
        if caught and callable(previous[caught[0]]):
            previous[caught[0]](caught[0], None)


@contextlib.contextmanager
def _removed(folder: Path | None):
    try:
        yield
    finally:
        if folder is not None:
            shutil.rmtree(folder, ignore_errors=True)


def _shown(path: Path) -> str:
    with contextlib.suppress(ValueError):
        return str(path.resolve().relative_to(Path.cwd()))
    return str(path)


def search(args: argparse.Namespace) -> int:
    from minutebook.search import build_index

    archive, problems = load_archive(args.content, allow_empty=True)
    if problems.errors:
        print(problems.report(), file=sys.stderr)
        return 1
    hits = build_index(archive).search(" ".join(args.query), args.limit)
    if not hits:
        print("no results")
        return 0
    for hit in hits:
        print(f"{hit.score:7.3f}  {hit.document.title}\n         {hit.document.ref}")
    return 0


def import_(args: argparse.Namespace) -> int:
    from minutebook.importer import Options, run_import

    progress, bar = None, None
    if sys.stderr.isatty():
        from tqdm import tqdm

        bar = tqdm(total=0, unit="file", file=sys.stderr)

        def progress(done: int, total: int, label: str) -> None:
            bar.total = total
            bar.set_postfix_str(label[-40:])
            bar.n = done
            bar.refresh()

    options = Options(ocr=args.ocr, body=args.body, date=args.date)
    report = run_import(args.paths, args.content, progress=progress, force=args.force, options=options,
                        workers=args.jobs, scheduler=args.scheduler)
    if bar is not None:
        bar.close()
    print(report.summary())
    return 1 if report.failed else 0


def iso_date(text: str) -> datetime.date:
    try:
        return datetime.date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"'{text}' is not a date of the form YYYY-MM-DD") from None


def positive(text: str) -> int:
    if not text.isdigit() or int(text) < 1:
        raise argparse.ArgumentTypeError(f"'{text}' is not a number of workers (1 or more)")
    return int(text)


def synth(args: argparse.Namespace) -> int:
    from minutebook.synthetic import write_archive

    if args.content.exists() and any(args.content.iterdir()):
        print(f"{args.content}: not empty; synth writes a new archive into an empty or missing folder", file=sys.stderr)
        return 1
    sources = [s for s in args.sources if s.exists()] if args.sources else None  # None: the kept pool
    try:
        write_archive(args.content, args.meetings, sources, args.seed)
    except ValueError as error:
        print(f"synth: {error}", file=sys.stderr)
        return 1
    print(f"wrote {args.meetings} synthetic meetings to {args.content}")
    return 0


def parser() -> argparse.ArgumentParser:
    top = argparse.ArgumentParser(prog="build.py", description=__doc__.splitlines()[0])
    commands = top.add_subparsers(dest="command", required=True)

    def command(name: str, function, help: str) -> argparse.ArgumentParser:
        sub = commands.add_parser(name, help=help, description=help)
        sub.add_argument("--content", type=Path, default=ROOT / "content",
                         help="the archive folder: records and registries (default: content/)")
        sub.set_defaults(function=function)
        return sub

    def site_options(sub: argparse.ArgumentParser) -> None:
        sub.add_argument("--site-dir", type=Path, default=ROOT / "site", help="where to build (default: site/)")
        sub.add_argument("--strict", action="store_true", help="treat warnings as errors")
        sub.add_argument("--site-url", help="the address the site is published at (or set SITE_URL)")
        sub.add_argument("--quiet", action="store_true", help="print only warnings and errors")
        sub.add_argument("--allow-empty", action="store_true", help="accept an archive without meeting records")

    site_options(command("build", build, "build the site into --site-dir"))
    sub = command("serve", serve, "build the site, then serve it on this machine")
    site_options(sub)
    sub.add_argument("--host", default="127.0.0.1", help="address to listen on (default: 127.0.0.1)")
    sub.add_argument("--port", type=int, default=8000, help="port to listen on (default: 8000)")
    sub.add_argument("--no-build", action="store_true", help="serve --site-dir as it is")
    sub = command("check", check, "check every record and registry; print problems as path:line: message")
    sub.add_argument("--strict", action="store_true", help="fail on warnings too")
    sub.add_argument("--allow-empty", action="store_true", help="accept an archive without meeting records")
    sub = command("search", search, "search the archive from the terminal")
    sub.add_argument("query", nargs="+", help="words to search for")
    sub.add_argument("--limit", type=int, default=10, help="how many results (default: 10)")
    sub = command("import", import_, "import council documents (PDF, text, HTML, Word) into records and registries")
    sub.add_argument("paths", nargs="+", type=Path, metavar="FILE_OR_FOLDER",
                     help="agenda packs, minutes, reports (.pdf .txt .md .rst .html .docx), or folders of them")
    sub.add_argument("--force", action="store_true", help="overwrite records edited by hand since their import")
    sub.add_argument("--body", help="the body of files in which no meeting heading is found")
    sub.add_argument("--date", type=iso_date, help="the date (YYYY-MM-DD) of files with no meeting heading")
    sub.add_argument("--ocr", action="store_true", help="read scanned PDF pages with OCR (Tesseract)")
    sub.add_argument("--jobs", type=positive, help="processes reading files at once (default: every core)")
    sub.add_argument("--scheduler", metavar="ADDRESS",
                     help="read the files on this Dask cluster (tcp://host:8786); needs `pip install distributed`")
    sub = command("synth", synth, "write a synthetic archive that looks like a real one (for benchmarks)")
    sub.add_argument("--meetings", type=int, default=1000, help="how many meetings (default: 1000)")
    sub.add_argument("--seed", type=int, default=1, help="the same seed writes the same archive (default: 1)")
    sub.add_argument("--sources", type=Path, action="append",
                     help="real minutes to draw sentences from, repeatable (default: the sentences of content/ "
                          "and tests/corpus/ kept in minutebook/synthetic_sentences.txt, so a seed's archive "
                          "stays the same as the corpus grows)")
    return top


def _signal_group(process: subprocess.Popen, signum: int) -> None:
    """Signal a child started in its own session and every process it forked (render workers)."""
    with contextlib.suppress(ProcessLookupError):
        os.killpg(process.pid, signum)


class Stopped(KeyboardInterrupt):
    """SIGTERM or SIGHUP, handled as Ctrl+C is: clean up, then stop."""


def _stop(signum: int, frame) -> None:
    raise Stopped(signal.Signals(signum).name)


def main(argv: list[str] | None = None) -> int:
    args = parser().parse_args(argv)
    for name in ("SIGTERM", "SIGHUP"):
        if hasattr(signal, name):
            signal.signal(getattr(signal, name), _stop)
    try:
        return args.function(args)
    except KeyboardInterrupt as stop:
        print(f"stopped ({stop.args[0] if stop.args else 'Ctrl+C'})", file=sys.stderr)
        return 130


if __name__ == "__main__":
    sys.exit(main())
