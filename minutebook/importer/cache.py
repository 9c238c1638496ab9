"""Each file's reading kept under the archive (`.import-cache/`), so an import resumes where it stopped and
a re-import reads only the files that changed.

An entry is keyed by the file's sha256, the path records cite, the reading options and the importer
version. Entries are pickles, and a pickle can run code when loaded, so each is signed with a key kept in
the user's own cache folder: an entry that came with someone else's archive is ignored, never loaded.
"""

from __future__ import annotations

import hashlib
import hmac
import os
import pickle
import secrets
import tempfile
import zlib
from pathlib import Path

from .version import VERSION
from .worker import Job, Result

FOLDER = ".import-cache"
SIGNATURE = 32  # bytes of HMAC-SHA256 before each compressed pickle
LEVEL = 1  # zlib's fastest: a file's reading shrinks about threefold (each line is kept as printed and cleaned)


def _user_key() -> bytes | None:
    """This user's signing key, made on first use; None where it cannot be kept (the cache is then off)."""
    base = Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache") / "minutebook"
    path = base / "import-cache.key"
    try:
        if not path.exists():
            base.mkdir(parents=True, exist_ok=True)
            handle, temp = tempfile.mkstemp(dir=base)
            with os.fdopen(handle, "wb") as stream:
                stream.write(secrets.token_bytes(32))
            os.replace(temp, path)  # two imports racing: one key wins, both then read it
        key = path.read_bytes()
    except OSError:
        return None
    return key if len(key) == 32 else None


class Cache:
    """Readings of files by key; `used` remembers what this import needed, so the rest can be pruned."""

    def __init__(self, content_dir: Path, enabled: bool = True):
        self.folder = Path(content_dir) / FOLDER
        self.secret = _user_key() if enabled else None
        self.used: set[str] = set()

    @staticmethod
    def key(job: Job) -> str:
        text = f"{VERSION}\0{job.shown}\0{job.checksum}\0{job.options.key()}"
        return hashlib.sha256(text.encode("utf-8")).hexdigest()

    def _sign(self, data: bytes) -> bytes:
        return hmac.new(self.secret, data, hashlib.sha256).digest()

    def get(self, job: Job) -> Result | None:
        key = self.key(job)
        self.used.add(key)
        if self.secret is None:
            return None
        try:
            blob = (self.folder / f"{key}.pickle").read_bytes()
        except OSError:
            return None
        signature, data = blob[:SIGNATURE], blob[SIGNATURE:]
        if not hmac.compare_digest(signature, self._sign(data)):
            return None
        try:
            result = pickle.loads(zlib.decompress(data))
        except Exception:  # noqa: BLE001 - a damaged entry is only a miss
            return None
        return result if isinstance(result, Result) and result.version == VERSION else None

    def put(self, job: Job, result: Result) -> None:
        """Kept only when the reading succeeded; written atomically, so a killed import leaves whole entries."""
        if self.secret is None or result.failed or result.version != VERSION:
            return
        data = zlib.compress(pickle.dumps(result, protocol=pickle.HIGHEST_PROTOCOL), LEVEL)
        try:
            self.folder.mkdir(parents=True, exist_ok=True)
            ignore = self.folder / ".gitignore"
            if not ignore.exists():
                ignore.write_text("# Minutebook's import cache: rebuilt from the sources, never committed\n*\n")
            handle, temp = tempfile.mkstemp(dir=self.folder, prefix=".", suffix=".tmp")
            with os.fdopen(handle, "wb") as stream:
                stream.write(self._sign(data) + data)
            os.replace(temp, self.folder / f"{self.key(job)}.pickle")
        except OSError:
            return  # a cache that cannot be written costs time, never the import

    def prune(self) -> None:
        """Entries this import did not use: files gone or changed, an older importer."""
        if not self.folder.is_dir():
            return
        for entry in self.folder.iterdir():
            if entry.suffix in (".pickle", ".tmp") and entry.stem not in self.used:
                entry.unlink(missing_ok=True)
