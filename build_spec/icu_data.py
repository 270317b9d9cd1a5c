"""A smaller ICU data library for the Linux venue folder (used by judge_app.spec).

PySide6's Linux Qt links ICU, whose data library (libicudataNN, 31 MiB, 12 MB zipped) holds
collation, converters, dictionaries and names for every language. The app is Chinese and
English: this keeps the root, ``zh*`` and ``en*`` locale data and everything that is not
per-locale, and drops the other locales, the transliterators, number spell-out rules, character
names, the word-break dictionaries (Qt breaks lines with its own tables) and the legacy
code-page converters (GB18030 stays). The data package is cut with ICU's own ``icupkg`` and
linked back into a shared library exporting the same ``icudtNN_dat`` symbol with the C
compiler. Where ``icupkg``, ``nm``, ``readelf`` or ``cc`` is missing the original library is
kept (the folder is then larger, nothing else changes); Windows wheels carry no ICU.
"""

from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path

#: Items of the data package dropped: a locale bundle of another language, in any tree.
OTHER_LOCALE = re.compile(r"^(?:[a-z]+/)?(?!zh(?:_|\.)|en(?:_|\.)|res_index\.)[a-z]{2,3}(?:_[A-Za-z0-9]*)*\.res$")
#: Whole kinds of items the app never asks ICU for.
UNUSED = re.compile(r"^translit/|^rbnf/|^unames\.icu$|^brkitr/.*\.dict$|^(?!gb18030\.cnv$)[^/]*\.cnv$")


def dropped(item: str) -> bool:
    """Whether ``item`` (a path inside the package, ``coll/de.res``) is left out."""
    return bool(UNUSED.search(item) or OTHER_LOCALE.match(item))


def _run(*args: str) -> str:
    return subprocess.run(args, check=True, capture_output=True, text=True).stdout


def trimmed_icudata(original: Path, work: Path) -> Path | None:
    """The cut library (same file name) built in ``work``, or None when a tool is missing."""
    tools = {name: shutil.which(name) for name in ("icupkg", "nm", "readelf", "cc")}
    if not all(tools.values()):
        missing = ", ".join(name for name, path in tools.items() if not path)
        print(f"icu_data: keeping the full {original.name} ({missing} not found; Debian: icu-devtools binutils gcc)")
        return None
    symbol = re.search(r"^([0-9a-f]+) ([0-9a-f]+) R (icudt\d+_dat)$", _run(tools["nm"], "-D", "-S", str(original)), re.M)
    if symbol is None:
        print(f"icu_data: keeping {original.name} (no icudtNN_dat symbol)")
        return None
    address, size, name = int(symbol.group(1), 16), int(symbol.group(2), 16), symbol.group(3)
    work.mkdir(parents=True, exist_ok=True)
    full = work / f"{name[:-4]}l.dat"  # icudt73l.dat: little-endian package
    full.write_bytes(_slice(original, address, size))
    items = [line.strip() for line in _run(tools["icupkg"], "-l", str(full)).splitlines() if line.strip()]
    drop = [item for item in items if dropped(item)]
    listing = work / "drop.txt"
    listing.write_text("\n".join(drop) + "\n", encoding="utf-8")
    cut = work / "cut" / full.name
    cut.parent.mkdir(exist_ok=True)
    # a .txt list, one item per line; the break-iterator rules name the dropped dictionaries
    _run(tools["icupkg"], "--ignore-deps", "-r", str(listing), str(full), str(cut))
    assembly = work / "icudata.S"
    assembly.write_text(
        f'.section .rodata\n.globl {name}\n.type {name}, @object\n.balign 16\n{name}:\n'
        f'.incbin "{cut}"\n.size {name}, . - {name}\n.section .note.GNU-stack,"",@progbits\n',
        encoding="utf-8")
    library = work / original.name
    _run(tools["cc"], "-shared", "-nostdlib", "-o", str(library), str(assembly), f"-Wl,-soname,{original.name}")
    print(f"icu_data: {original.name} {original.stat().st_size / 2**20:.1f} MiB → {library.stat().st_size / 2**20:.1f} MiB"
          f" ({len(drop)} of {len(items)} items dropped)")
    return library


def _slice(library: Path, address: int, size: int) -> bytes:
    """The bytes of the object at virtual ``address`` (found through the section holding it)."""
    sections = _run(shutil.which("readelf") or "readelf", "-SW", str(library))
    for line in sections.splitlines():
        found = re.search(r"\]\s+\S+\s+\S+\s+([0-9a-f]+)\s+([0-9a-f]+)\s+([0-9a-f]+)", line)
        if found:
            start, offset, length = (int(found.group(i), 16) for i in (1, 2, 3))
            if start <= address and address + size <= start + length:
                with library.open("rb") as handle:
                    handle.seek(offset + address - start)
                    return handle.read(size)
    raise ValueError(f"{library.name}: no section holds the ICU data")
