"""The website's search index: Pagefind, fed the search documents the domain builds (never the built HTML).

Material's own search downloads the whole index before the first result (67 MB and 21 s at 10,000
meetings); Pagefind splits its index into chunks, so a query downloads only the words it needs. What
each record holds (a meeting with its items as sub-results, an entity, a help page) is
`pagefind_records`; this module hands the records to Pagefind's indexing service and writes the bundle.
"""

from __future__ import annotations

import asyncio
import base64
import json
import os
import threading
from collections.abc import Callable, Iterable
from pathlib import Path

from . import Document
from .pagefind_records import HelpPage, records

__all__ = ["HelpPage", "Indexing", "bundle_version", "write_index"]

CLOSE_TIMEOUT = 120  # seconds the service may take to finish writing once asked to stop
SETTLE_TIMEOUT = 60  # seconds the bundle's files may take to be whole after the service says they are written
BATCH = 256  # records in flight at once: the service answers them in order while more are being sent
# Word positions per index chunk (Pagefind's default 20,000, set by its PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE in 1.5).
# A query fetches the whole chunk of each of its words: a word said rarely came with some 20,000 positions of its
# neighbours in the alphabet (25 to 35 KB); the list of chunks, which every first query fetches, grows by about
# 11 bytes a chunk. Measured in docs/performance.md (Search).
CHUNK_POSITIONS = 5000
# npm's Pagefind (package.json; `make` installs it where npm is) is preferred to PyPI's (pagefind-bin, whose newest
# is 1.5.2): Pagefind 1.6 scores a query of words most meetings say 3 to 4 times faster (at 10,000 meetings,
# "public health" 2.31 s -> 0.41 s to first results in the browser; docs/performance.md, Search).
NPM_PAGEFIND = Path(__file__).resolve().parents[2] / "node_modules" / "@pagefind"
BINARY_NAMES = ("pagefind_extended", "pagefind", "pagefind_extended.exe", "pagefind.exe")


def binary() -> Path | None:
    """The Pagefind binary that writes the index: PAGEFIND_BINARY_PATH if set, else npm's for this platform where
    installed, else None (the pagefind package's own, from pagefind-bin)."""
    if os.environ.get("PAGEFIND_BINARY_PATH"):
        return Path(os.environ["PAGEFIND_BINARY_PATH"])
    found = (path for platform in sorted(NPM_PAGEFIND.glob("*")) for name in BINARY_NAMES
             if os.access(path := platform / "bin" / name, os.X_OK))
    return next(found, None)


def _service_class():
    from pagefind.service import PagefindService

    class Service(PagefindService):
        """pagefind 1.5.2's service sleeps 0.1 s before reading each answer (100 s per 1,000 records, 4 hours
        at 10,000 meetings); this one reads the answers as they come, and forgets each once answered."""

        async def launch(self) -> PagefindService:
            """As its own, with the chunk size (`CHUNK_POSITIONS`) in the service's environment only, and npm's
            Pagefind where there is one (`binary`)."""
            self._bin = binary() or self._bin
            self._backend = await asyncio.create_subprocess_exec(
                self._bin, "--service", cwd=os.getcwd(), stdin=asyncio.subprocess.PIPE, stdout=asyncio.subprocess.PIPE,
                stderr=asyncio.subprocess.STDOUT, limit=2**21,
                env={**os.environ, "PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE": str(CHUNK_POSITIONS)})
            self._poll_task = self._loop.create_task(self._wait_for_responses())
            return self

        async def _wait_for_responses(self) -> None:
            while True:
                try:
                    line = await self._backend.stdout.readuntil(b",")
                except asyncio.IncompleteReadError:  # the service has exited
                    return
                answer = json.loads(base64.b64decode(line[:-1]))
                payload = answer["payload"]
                ident = answer.get("message_id")
                if ident is None and payload.get("original_message"):  # the service could not read the request
                    ident = json.loads(payload["original_message"]).get("message_id")
                future = self._responses.pop(ident, None)
                if future is None or future.done():
                    continue
                if payload["type"] == "Error":
                    future.set_exception(RuntimeError(f"pagefind: {payload.get('message')}"))
                else:
                    future.set_result(payload)

        async def close(self) -> None:
            """Its own close kills the service, which could cut the files it was still writing short (an empty
            pagefind-entry.json, seen under load): ending its input lets it finish them and exit by itself."""
            self._backend.stdin.close()
            try:
                await asyncio.wait_for(self._backend.wait(), CLOSE_TIMEOUT)
            except TimeoutError:
                self._backend.kill()
                await self._backend.wait()
            await self._poll_task

    return Service


async def _add(index, pages: Iterable[tuple[str, str]]) -> int:
    """Hand records to the service, BATCH in flight at once; returns how many."""
    count = 0
    batch: list[tuple[str, str]] = []
    for page in [*pages, None]:
        if page is not None:
            batch.append(page)
        if batch and (page is None or len(batch) == BATCH):
            await asyncio.gather(*(index.add_html_file(content=content, url=url) for url, content in batch))
            count += len(batch)
            batch = []
    return count


async def _written(service, index, site_dir: Path) -> None:
    try:
        await index.write_files(str(site_dir / "pagefind"))
        await _settled(site_dir / "pagefind")
    finally:
        await service.close()
    problem = _bundle_problem(site_dir / "pagefind")
    if problem:
        raise RuntimeError(problem)


async def _write(site_dir: Path, documents: Iterable[Document], help_pages: Iterable[HelpPage]) -> int:
    service = await _service_class()().launch()
    try:
        index = await service.create_index({"force_language": "en"})
        count = await _add(index, records(documents, help_pages))
    except BaseException:
        await service.close()
        raise
    await _written(service, index, site_dir)
    return count


async def _settled(folder: Path) -> None:
    """Wait until the bundle's files are whole. pagefind 1.5.2's service answers `write_files` before every file
    has its content: under load, 2 builds in 30 left an empty pagefind-entry.json or wasm file once the
    service was stopped. Waiting for the files (at most SETTLE_TIMEOUT) before stopping it leaves none."""
    deadline = asyncio.get_running_loop().time() + SETTLE_TIMEOUT
    while _bundle_problem(folder) and asyncio.get_running_loop().time() < deadline:
        await asyncio.sleep(0.05)


def _bundle_problem(folder: Path) -> str | None:
    """What is wrong with a bundle that would break every search (an empty or unreadable file), or None."""
    empty = sorted(str(f.relative_to(folder)) for f in folder.rglob("*") if f.is_file() and not f.stat().st_size)
    if empty:
        return f"{folder}: Pagefind left {len(empty)} empty file(s): {', '.join(empty[:5])}"
    try:
        json.loads((folder / "pagefind-entry.json").read_text())
    except (OSError, ValueError) as error:
        return f"{folder / 'pagefind-entry.json'}: Pagefind's entry file is unreadable: {error}"
    return None


def bundle_version(site_dir: Path) -> str:
    """The version of Pagefind that wrote the bundle in `site_dir`/pagefind/."""
    return json.loads((site_dir / "pagefind" / "pagefind-entry.json").read_text()).get("version", "unknown")


def write_index(site_dir: Path, documents: Iterable[Document], help_pages: Iterable[HelpPage] = ()) -> int:
    """Write the Pagefind bundle to `site_dir`/pagefind/; returns how many records it holds."""
    return asyncio.run(_write(site_dir, documents, help_pages))


class Indexing:
    """Pagefind's indexing started early, in a thread of its own, while MkDocs renders the pages: the records come
    from the domain's documents, not from the built HTML, so only the hand-written help pages (which MkDocs
    renders) and the writing of the bundle wait for the end of the build (`finish`)."""

    def __init__(self, documents: Callable[[], Iterable[Document]]):
        self._loop = asyncio.new_event_loop()
        self._thread = threading.Thread(target=self._loop.run_forever, name="pagefind", daemon=True)
        self._thread.start()
        self._started = asyncio.run_coroutine_threadsafe(self._start(documents), self._loop)

    async def _start(self, documents: Callable[[], Iterable[Document]]):
        service = await _service_class()().launch()
        try:
            index = await service.create_index({"force_language": "en"})
            count = await _add(index, records(documents()))
        except BaseException:
            await service.close()
            raise
        return service, index, count

    async def _finish(self, site_dir: Path, help_pages: Iterable[HelpPage]) -> int:
        service, index, count = await asyncio.wrap_future(self._started)
        try:
            count += await _add(index, records((), help_pages))
        except BaseException:
            await service.close()
            raise
        await _written(service, index, site_dir)
        return count

    def finish(self, site_dir: Path, help_pages: Iterable[HelpPage] = ()) -> int:
        """Add the help pages, write the bundle to `site_dir`/pagefind/; returns how many records it holds."""
        try:
            return asyncio.run_coroutine_threadsafe(self._finish(site_dir, help_pages), self._loop).result()
        finally:
            self.stop()

    def stop(self) -> None:
        """End the thread (and the service with it, if `finish` has not): a build that failed writes no index."""
        if self._loop.is_closed():
            return
        if not self._started.done():
            self._started.cancel()
        elif not self._started.cancelled() and self._started.exception() is None:
            service = self._started.result()[0]
            if service._backend.returncode is None:
                asyncio.run_coroutine_threadsafe(service.close(), self._loop).result()
        self._loop.call_soon_threadsafe(self._loop.stop)
        self._thread.join()
        self._loop.close()
