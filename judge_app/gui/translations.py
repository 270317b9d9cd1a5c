"""Rebuild the English translation: lupdate the GUI sources into ``judge_app_en.ts``, fill the
texts known in ``en_texts.json``, compile ``judge_app_en.qm`` with lrelease.

``python -m judge_app.gui.translations`` (needs the pyside6-lupdate/lrelease of PySide6-Essentials).
"""

from __future__ import annotations

import json
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

from judge_app.resources import translations_dir

GUI_DIR = Path(__file__).resolve().parent


def tool(name: str) -> str:
    """A PySide6 tool next to the running Python (the venv's bin or Scripts folder)."""
    found = Path(sys.executable).parent / name
    return str(found) if found.exists() or found.with_suffix(".exe").exists() else name


def fill(ts_path: Path, texts: dict[str, str]) -> tuple[int, int]:
    """Put the known English into ``ts_path``; (translated, untranslated) counts."""
    tree = ET.parse(ts_path)
    done = missing = 0
    for message in tree.getroot().iter("message"):
        source = message.findtext("source") or ""
        translation = message.find("translation")
        if translation is None:
            translation = ET.SubElement(message, "translation")
        english = texts.get(source)
        if english:
            if message.get("numerus") == "yes":  # English: one form for 1, one for more
                translation.text = None
                for child in list(translation):
                    translation.remove(child)
                for _ in range(2):
                    ET.SubElement(translation, "numerusform").text = english
            else:
                translation.text = english
            translation.attrib.pop("type", None)
            done += 1
        elif not (translation.text or "").strip():
            translation.set("type", "unfinished")
            missing += 1
    tree.write(ts_path, encoding="utf-8", xml_declaration=True)
    return done, missing


def build(language: str = "en") -> Path:
    folder = translations_dir()
    ts_path = folder / f"judge_app_{language}.ts"
    sources = sorted(str(p) for p in GUI_DIR.rglob("*.py"))
    subprocess.run([tool("pyside6-lupdate"), *sources, "-no-obsolete", "-source-language", "zh_CN",
                    "-target-language", language, "-ts", str(ts_path)], check=True, capture_output=True)
    texts = json.loads((folder / f"{language}_texts.json").read_text(encoding="utf-8"))
    done, missing = fill(ts_path, texts)
    qm_path = ts_path.with_suffix(".qm")
    subprocess.run([tool("pyside6-lrelease"), str(ts_path), "-qm", str(qm_path)], check=True, capture_output=True)
    print(f"{ts_path.name}: {done} translated, {missing} untranslated → {qm_path.name}")
    return qm_path


if __name__ == "__main__":
    build()
