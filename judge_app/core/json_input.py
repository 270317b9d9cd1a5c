"""JSON that comes from outside (score packages, judge kits, scheme files), read within bounds.

``json.loads`` alone crashes with RecursionError on ``[[[[…`` (no signature is needed to send
that), refuses a 5,000-digit integer with a bare ValueError and builds a structure nested as
deep as the sender likes, which later code (canonical JSON, ``json.dumps``) recurses into again.
:func:`load_json` turns each of these into ImportRefused and bounds the depth.
"""

from __future__ import annotations

import json
from decimal import Decimal
from typing import Any

from judge_app.core.errors import ImportRefused

MAX_DEPTH = 32  # a kit, the deepest file we write, nests about 10 deep (its scheme's criteria)


def load_json(text: str, what: str, *, exact: bool = False, max_depth: int = MAX_DEPTH) -> Any:
    """Parse ``text`` (``exact``: fractions as Decimal, not float); ImportRefused naming ``what``
    when it nests deeper than ``max_depth`` or holds a number Python will not read. A syntax error
    stays json.JSONDecodeError, for the caller to word (a package still being written is not a
    hostile one)."""
    try:
        value = json.loads(text, parse_float=Decimal if exact else None)
    except RecursionError:
        raise _too_deep(what, max_depth) from None
    except json.JSONDecodeError:
        raise
    except ValueError as exc:  # an integer of more than 4,300 digits
        raise ImportRefused(f"{what}含有无法读取的数值 / holds an unreadable number: {str(exc)[:80]}") from None
    if depth(value) > max_depth:
        raise _too_deep(what, max_depth)
    return value


def depth(value: Any) -> int:
    """How deep lists and objects nest in a parsed JSON value (a scalar is 0), without recursion."""
    deepest, todo = 0, [(value, 1)]
    while todo:
        item, level = todo.pop()
        children = item.values() if isinstance(item, dict) else item if isinstance(item, list) else None
        if children is None:
            continue
        deepest = max(deepest, level)
        todo.extend((child, level + 1) for child in children if isinstance(child, (dict, list)))
    return deepest


def _too_deep(what: str, max_depth: int) -> ImportRefused:
    return ImportRefused(f"{what}的 JSON 嵌套超过 {max_depth} 层，不是本程序写出的文件 / nested too deep")
