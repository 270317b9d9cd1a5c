"""Build-time trim of the fallback CJK font for the venue folder (used by judge_app.spec).

WenQuanYi Zen Hei (16 MB) is only ever drawn for characters WenQuanYi Micro Hei lacks (CJK
Extension A such as 䶮, some symbols): both Qt and the PDF reports try Micro Hei first. So the
folder gets a Zen Hei cut to exactly those characters (about 2.8 MB, same family name, same
file name, first face of the collection only). The cut is cached by the hash of both inputs.
The font stays under its licence (GPL v2 with the font embedding exception, shipped beside it).
"""

from __future__ import annotations

import hashlib
from pathlib import Path


def fallback_subset(primary: Path, fallback: Path, out_dir: Path) -> Path:
    """``out_dir/<fallback name>``: ``fallback`` reduced to the characters ``primary`` lacks."""
    import logging

    from fontTools import subset
    from fontTools.ttLib import TTCollection

    logging.getLogger("fontTools").setLevel(logging.WARNING)

    digest = hashlib.sha256(primary.read_bytes() + fallback.read_bytes()).hexdigest()[:16]
    target = out_dir / digest / fallback.name
    if target.is_file():
        return target
    have = set(TTCollection(str(primary)).fonts[0].getBestCmap())
    font = TTCollection(str(fallback)).fonts[0]
    options = subset.Options()
    options.name_IDs = ["*"]  # keep the family name and the licence/copyright records
    options.name_languages = ["*"]
    options.layout_features = ["*"]
    options.notdef_outline = True
    options.hinting = False
    cutter = subset.Subsetter(options)
    cutter.populate(unicodes=sorted(set(font.getBestCmap()) - have))
    cutter.subset(font)
    collection = TTCollection()
    collection.fonts = [font]
    target.parent.mkdir(parents=True, exist_ok=True)
    partial = target.with_suffix(".partial")
    collection.save(str(partial))
    partial.replace(target)
    return target
