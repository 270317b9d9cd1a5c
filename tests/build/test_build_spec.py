"""What the build spec gives the Windows programs: the icon, a version resource, UTF-8 mode."""

from __future__ import annotations

import sys
from pathlib import Path

from PIL import Image

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "build_spec"))

from checksums import write_checksums  # noqa: E402
from version_info import version_numbers  # noqa: E402


def test_the_icon_exists_with_every_size_windows_asks_for():
    with Image.open(ROOT / "resources" / "icons" / "judge_app.ico") as icon:
        assert {(16, 16), (32, 32), (48, 48), (256, 256)} <= set(icon.info["sizes"])


def test_the_spec_names_icon_version_and_utf8_mode():
    spec = (ROOT / "build_spec" / "judge_app.spec").read_text(encoding="utf-8")
    assert 'ICON = ROOT / "resources" / "icons" / "judge_app.ico"' in spec and "icon=str(ICON)" in spec
    assert "version=windows_version_info(name)" in spec
    assert '("X utf8", None, "OPTION")' in spec


def test_version_numbers_are_four():
    assert version_numbers("0.1.0") == (0, 1, 0, 0)
    assert version_numbers("1.2.3.4.5") == (1, 2, 3, 4)


def test_checksums_list_every_file(tmp_path):
    (tmp_path / "a.txt").write_text("a")
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "b.bin").write_bytes(b"\0\1")
    out = write_checksums(tmp_path)
    lines = out.read_text(encoding="utf-8").splitlines()
    assert [line.split("  ")[1] for line in lines] == ["a.txt", "sub/b.bin"]
    assert lines[0].startswith("ca978112ca1bbdcafac231b39a23dc4da786eff8147c4e72b9807785afee48bb")
