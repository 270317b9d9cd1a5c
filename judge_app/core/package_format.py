"""Judge kits and score packages as files: canonical JSON sealed with HMAC-SHA256 (pure, no SQL).

A sealed file is the canonical JSON (sorted keys, no spaces, UTF-8, Decimals as strings) of
``{"format", "body", "signature"}`` plus one newline; ``signature`` is HMAC-SHA256 over the
canonical JSON of ``body`` under the judge's 32-byte key. Reading re-serialises what it parsed and
refuses a file whose bytes differ, so ANY changed byte is refused, never silently accepted.

* A **kit** (评委包) carries the contest identity, the scheme, the judge's panels, the codes of the
  assigned contestants (never names) and the judge's key; it is sealed with that key too, which
  only catches damage in transit.
* A **package** (成绩包) carries every score of one judge with its revision and time, plus the
  laptop's audit entries of those scores. The organiser opens it with the key it keeps per judge.
"""

from __future__ import annotations

import hashlib
import hmac
import json
import secrets
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from judge_app.core.decimals import to_decimal
from judge_app.core.errors import ImportRefused, ScoreError, excerpt
from judge_app.core.json_input import load_json

KIT_FORMAT = "judge_app.kit/1"
PACKAGE_FORMAT = "judge_app.package/1"
KIT_SUFFIX = ".jkit"
PACKAGE_SUFFIX = ".jpkg"
KEY_BYTES = 32
# A city-scale judge (2,000 contestants × 30 criteria, each changed a few times) writes about
# 40 MB; anything beyond these is not a file this program wrote.
MAX_FILE_BYTES = 64 * 1024 * 1024
MAX_ITEMS = 500_000  # scores, or audit entries, in one package
MAX_FIELD_CHARS = 1_000  # ids, names, times
MAX_REVISION = 2**53  # revisions and audit seqs: exact in every JSON reader, fit SQLite's INTEGER


class PackageUnreadable(ImportRefused):
    """The file is not (yet) a complete sealed file: truncated, not UTF-8, not JSON.

    A watch folder treats this as "still being written" and looks again when the file changes.
    """


@dataclass(frozen=True)
class PackageScore:
    """One judge's value as the laptop holds it; ``value`` None is a cleared score (tombstone)."""

    event: str
    code: str
    criterion: str
    judge: str
    value: Decimal | None
    revision: int
    updated_at: str
    actor: str

    @property
    def key(self) -> tuple[str, str, str, str]:
        return (self.event, self.code, self.criterion, self.judge)


@dataclass(frozen=True)
class ScorePackage:
    """A verified score package; ``package_id`` is the sha256 of the file's bytes."""

    package_id: str
    contest_id: str
    contest_name: str
    judge: str
    source_id: str  # the laptop's own contest file id
    exported_at: str
    scores: tuple[PackageScore, ...]
    audit: tuple[dict[str, Any], ...]  # the laptop's audit entries of these scores


@dataclass(frozen=True)
class JudgeKit:
    contest_id: str
    contest_name: str
    judge: str
    judge_name: str
    key: bytes
    scheme: dict[str, Any]
    panels: tuple[tuple[str, str], ...]  # (event, section)
    codes: dict[str, tuple[str, ...]]  # event → codes of the contestants to score
    made_at: str


# -- canonical form and sealing -----------------------------------------------------------------


def canonical(value: Any) -> bytes:
    """Canonical JSON bytes: sorted keys, no spaces, UTF-8, Decimal as its string; floats refused."""
    return json.dumps(_plain(value), sort_keys=True, ensure_ascii=False, separators=(",", ":"),
                      allow_nan=False).encode("utf-8")


def _plain(value: Any) -> Any:
    if isinstance(value, Decimal):
        return format(value, "f")
    if isinstance(value, float):
        raise TypeError("floats are not canonical: use Decimal")
    if isinstance(value, Mapping):
        return {str(k): _plain(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [_plain(v) for v in value]
    return value


def new_key() -> bytes:
    return secrets.token_bytes(KEY_BYTES)


def signature(body: Mapping[str, Any], key: bytes) -> str:
    return hmac.new(key, canonical(body), hashlib.sha256).hexdigest()


def seal(fmt: str, body: Mapping[str, Any], key: bytes) -> bytes:
    """The bytes of a sealed file."""
    return canonical({"format": fmt, "body": body, "signature": signature(body, key)}) + b"\n"


def unseal(data: bytes, fmt: str, key_for: Callable[[dict[str, Any]], bytes]) -> dict[str, Any]:
    """The verified body of a sealed file; ``key_for(body)`` names the key (it may refuse).

    PackageUnreadable for an incomplete or non-JSON file; ImportRefused for a wrong format, any
    altered byte or a wrong signature.
    """
    if len(data) > MAX_FILE_BYTES:
        raise too_large(len(data), fmt)
    try:
        outer = load_json(data.decode("utf-8"), _what(fmt), exact=True)
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise PackageUnreadable(f"文件不完整或不是{_what(fmt)}（{exc}）/ incomplete or not a {fmt} file") from None
    if not isinstance(outer, dict) or set(outer) != {"format", "body", "signature"}:
        raise ImportRefused(f"不是{_what(fmt)} / not a {fmt} file")
    if outer["format"] != fmt:
        raise ImportRefused(f"文件格式为“{excerpt(outer['format'])}”，不是{_what(fmt)} / wrong format, expected {fmt}")
    body, sig = outer["body"], outer["signature"]
    if not isinstance(body, dict) or not isinstance(sig, str):
        raise ImportRefused(f"不是{_what(fmt)} / not a {fmt} file")
    if _reserialised(outer) != data:
        raise ImportRefused(f"{_what(fmt)}内容被改动（不是原样的文件）/ file was altered in transit")
    key = key_for(body)
    if not hmac.compare_digest(signature(body, key), sig):
        raise ImportRefused(f"{_what(fmt)}签名不符：文件被改动，或不是用该裁判的密钥签名 / signature does not match")
    return body


def too_large(size: int, fmt: str = PACKAGE_FORMAT) -> ImportRefused:
    """The refusal of a file over MAX_FILE_BYTES (checked before it is read, where it can be)."""
    mib = 1024 * 1024
    return ImportRefused(f"{_what(fmt)}有 {size // mib} MB，超过 {MAX_FILE_BYTES // mib} MB 的上限，不是本程序写出的文件"
                         f" / file too large")


def _reserialised(outer: dict[str, Any]) -> bytes | None:
    try:
        return canonical(outer) + b"\n"
    except (TypeError, ValueError):
        return None


def _what(fmt: str) -> str:
    return "评委包" if fmt == KIT_FORMAT else "成绩包"


# -- kits ---------------------------------------------------------------------------------------


def kit_bytes(kit: JudgeKit) -> bytes:
    body = {
        "contest_id": kit.contest_id,
        "contest_name": kit.contest_name,
        "judge": kit.judge,
        "judge_name": kit.judge_name,
        "key": kit.key.hex(),
        "scheme": kit.scheme,
        "panels": [list(p) for p in kit.panels],
        "codes": {event: list(codes) for event, codes in kit.codes.items()},
        "made_at": kit.made_at,
    }
    return seal(KIT_FORMAT, body, kit.key)


def read_kit(data: bytes) -> JudgeKit:
    """A kit from its file bytes (its own key checks it was not damaged)."""
    body = unseal(data, KIT_FORMAT, lambda b: _hex_key(b.get("key")))
    try:
        return JudgeKit(
            contest_id=_text(body, "contest_id"),
            contest_name=_text(body, "contest_name", empty=True),
            judge=_text(body, "judge"),
            judge_name=_text(body, "judge_name", empty=True),
            key=_hex_key(body["key"]),
            scheme=dict(body["scheme"]),
            panels=tuple((str(e), str(s)) for e, s in body["panels"]),
            codes={str(e): tuple(str(c) for c in codes) for e, codes in body["codes"].items()},
            made_at=_text(body, "made_at"),
        )
    except (KeyError, TypeError, ValueError, AttributeError) as exc:
        raise ImportRefused(f"评委包内容不完整 / kit is missing data: {excerpt(exc, 160)}") from None


def _hex_key(value: object) -> bytes:
    try:
        key = bytes.fromhex(str(value))
    except ValueError:
        key = b""
    if len(key) != KEY_BYTES:
        raise ImportRefused("评委包中的密钥无效 / the kit's key is invalid")
    return key


# -- score packages -----------------------------------------------------------------------------


def package_bytes(package: ScorePackage, key: bytes) -> bytes:
    """The sealed file of a package (``package.package_id`` is ignored: it is the file's hash)."""
    body = {
        "contest_id": package.contest_id,
        "contest_name": package.contest_name,
        "judge": package.judge,
        "source_id": package.source_id,
        "exported_at": package.exported_at,
        "scores": [
            {"event": s.event, "code": s.code, "criterion": s.criterion, "judge": s.judge,
             "value": s.value, "revision": s.revision, "updated_at": s.updated_at, "actor": s.actor}
            for s in sorted(package.scores, key=lambda s: s.key)
        ],
        "audit": list(package.audit),
    }
    return seal(PACKAGE_FORMAT, body, key)


def read_package(data: bytes, key_for: Callable[[dict[str, Any]], bytes]) -> ScorePackage:
    """A verified package; ``key_for(body)`` returns the key of the body's judge, or raises
    ImportRefused (unknown judge, another contest) before the signature is checked."""
    body = unseal(data, PACKAGE_FORMAT, key_for)
    try:
        scores = tuple(_score(item) for item in _items(body, "scores"))
        audit = tuple(_audit_entry(item) for item in _items(body, "audit"))
        return ScorePackage(
            package_id=hashlib.sha256(data).hexdigest(),
            contest_id=_text(body, "contest_id"),
            contest_name=_text(body, "contest_name", empty=True),
            judge=_text(body, "judge"),
            source_id=_text(body, "source_id"),
            exported_at=_text(body, "exported_at"),
            scores=scores,
            audit=audit,
        )
    except (KeyError, TypeError, ValueError, AttributeError, ScoreError) as exc:
        raise ImportRefused(f"成绩包内容有误 / package content is invalid: {excerpt(exc, 160)}") from None


def _items(body: Mapping[str, Any], name: str) -> list[Any]:
    value = body[name]
    if not isinstance(value, list) or len(value) > MAX_ITEMS:
        raise ValueError(f"“{name}” is not a list of at most {MAX_ITEMS} items")
    return value


def _score(item: Any) -> PackageScore:
    if not isinstance(item, dict):
        raise TypeError("a score is not an object")
    value = item["value"]
    if value is not None and not isinstance(value, str):
        raise ValueError(f"value {excerpt(value)} is not a decimal string")
    return PackageScore(
        event=_text(item, "event"), code=_text(item, "code"), criterion=_text(item, "criterion"),
        judge=_text(item, "judge"), value=None if value is None else to_decimal(value, "value", signed=False),
        revision=_counter(item, "revision"), updated_at=_text(item, "updated_at"), actor=_text(item, "actor", empty=True),
    )


def _audit_entry(item: Any) -> dict[str, Any]:
    """A laptop's audit entry: an object whose ``seq`` is a whole number the store can keep."""
    if not isinstance(item, dict):
        raise TypeError("an audit entry is not an object")
    _counter(item, "seq")
    return dict(item)


def _counter(item: Mapping[str, Any], name: str) -> int:
    """A revision or an audit seq: an integer from 1 below 2^53 (a JSON 2^64 or 1.5 is refused)."""
    value = item[name]
    if isinstance(value, bool) or not isinstance(value, int) or not 1 <= value < MAX_REVISION:
        raise ValueError(f"“{name}” {excerpt(value)} is not a whole number from 1 to 2^53")
    return value


def _text(body: Mapping[str, Any], name: str, *, empty: bool = False) -> str:
    value = body[name]
    if not isinstance(value, str) or not (value or empty) or len(value) > MAX_FIELD_CHARS:
        raise ValueError(f"“{name}” is not a text of 1 to {MAX_FIELD_CHARS} characters")
    return value
