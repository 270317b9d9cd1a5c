"""SHA256SUMS.txt in the built folder: one line per file, so a folder copied from a USB stick
(or restored from an antivirus quarantine) can be checked against the one that was built."""

from __future__ import annotations

import hashlib
from pathlib import Path

NAME = "SHA256SUMS.txt"


def file_digest(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def write_checksums(folder: Path) -> Path:
    """Write ``folder/SHA256SUMS.txt`` (``sha256sum -c`` format, paths with /) and return it."""
    lines = [f"{file_digest(p)}  {p.relative_to(folder).as_posix()}"
             for p in sorted(folder.rglob("*")) if p.is_file() and p.name != NAME]
    out = folder / NAME
    out.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return out
