"""The core's Chinese labels (status, criterion kind, entry kind, aggregation rule, rounding) in the
language of the UI, translated like every tr() text (context "Labels"; literal calls, so that
lupdate finds them), and its bilingual messages as the UI shows them."""

from __future__ import annotations

import re

from judge_app.core.decimals import Rounding
from judge_app.core.entries import Status
from judge_app.core.scheme import AggregationRule, CriterionKind, EntryKind
from judge_app.gui.qt import QCoreApplication

translate = QCoreApplication.translate
#: " / English words" after Chinese, up to the end of the line or a full-width bracket or semicolon
#: ("不是成绩包 / not a package （已移入 rejected/x / moved to rejected/）" has two)
_ENGLISH_TAIL = re.compile(r" / [A-Za-z][\x20-\x7e]*?(?=\s*[（）；]|$)")
_CHINESE = re.compile(r"[\u3400-\u9fff]")


def in_ui_language(message: str) -> str:
    """A core or store message, written "中文 … / English …", as the UI shows it: the Chinese UI
    drops the English tail of each line that has Chinese before it; the English UI keeps both
    (the Chinese part carries the details: names, codes, values)."""
    app = QCoreApplication.instance()
    if app is not None and str(app.property("judge_language") or "zh_CN").startswith("en"):
        return message
    lines = []
    for line in message.split("\n"):
        head = _ENGLISH_TAIL.sub("", line).replace(" （", "（")
        lines.append(head if head != line and _CHINESE.search(head) else line)
    return "\n".join(lines)


def status_name(status: Status) -> str:
    """缺考 / Absent ...; "" for an entry that competes."""
    return {
        Status.OK: "",
        Status.ABSENT: translate("Labels", "缺考"),
        Status.WITHDRAWN: translate("Labels", "弃赛"),
        Status.DISQUALIFIED: translate("Labels", "取消资格"),
    }[status]


def kind_name(kind: CriterionKind) -> str:
    return {
        CriterionKind.MEASUREMENT: translate("Labels", "客观"),
        CriterionKind.JUDGEMENT: translate("Labels", "主观"),
        CriterionKind.DEDUCTION: translate("Labels", "扣分"),
    }[kind]


def entry_kind_name(kind: EntryKind) -> str:
    return {
        EntryKind.INDIVIDUAL: translate("Labels", "选手"),
        EntryKind.TEAM: translate("Labels", "团队"),
        EntryKind.UNIT: translate("Labels", "单位"),
        EntryKind.PROJECT: translate("Labels", "项目"),
        EntryKind.PROPOSAL: translate("Labels", "建议"),
        EntryKind.CANDIDATE: translate("Labels", "候选人"),
    }[kind]


def who_header(header: str) -> str:
    """A "who" column of core/entry_kinds.py (姓名, 团队名称, 成员 ...) in the UI's language."""
    return {
        "姓名": translate("Labels", "姓名"),
        "单位": translate("Labels", "单位"),
        "团队名称": translate("Labels", "团队名称"),
        "成员": translate("Labels", "成员"),
        "单位名称": translate("Labels", "单位名称"),
        "所属单位": translate("Labels", "所属单位"),
        "负责人": translate("Labels", "负责人"),
        "项目名称": translate("Labels", "项目名称"),
        "建议名称": translate("Labels", "建议名称"),
        "建议人": translate("Labels", "建议人"),
        "建议类别": translate("Labels", "建议类别"),
        "工种/行业": translate("Labels", "工种/行业"),
    }.get(header, header)


def rule_name(rule: AggregationRule) -> str:
    if rule.name == "trimmed":
        if rule.k == 1:
            return translate("Labels", "去掉一个最高分和一个最低分后取平均")
        return translate("Labels", "去掉%1个最高分和%1个最低分后取平均").replace("%1", str(rule.k))
    return translate("Labels", "取平均") if rule.name == "mean" else translate("Labels", "取中位数")


def rounding_name(rounding: Rounding) -> str:
    if rounding is Rounding.HALF_UP:
        return translate("Labels", "四舍五入")
    return translate("Labels", "四舍六入五成双 (GB/T 8170)")
