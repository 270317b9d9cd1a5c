"""``judge-app certificates``: the 荣誉证书 of an event's (or a season's) winners as one PDF (the 表彰名单 is
``judge-app export --kind commendation --format pdf|docx``)."""

from __future__ import annotations

from pathlib import Path

import click

from judge_app.app import reports as ops_reports
from judge_app.cli.login import ACTOR


@click.command("certificates")
@click.argument("contest", type=click.Path(dir_okay=False, path_type=Path))
@click.option("--event", default=None, help="赛项（编号或名称） / event id or name")
@click.option("--season", default=None,
              help="或年度（四比一创，编号或名称）：年度奖项和称号的证书 / or a season's awards and titles")
@click.option("--template", "template_file", default=None, type=click.Path(dir_okay=False, path_type=Path),
              help="证书位置模板 JSON（毫米），保存到赛事文件 / positions in mm (JSON), kept in the contest")
@click.option("--out", "out_dir", required=True, type=click.Path(file_okay=False, path_type=Path),
              help="输出目录 / output folder")
@click.option("--preprinted", is_flag=True, help="套打：只印文字，用于预印证书纸 / text only, for pre-printed paper")
@ACTOR
def certificates_command(contest: Path, event: str | None, season: str | None, template_file: Path | None,
                         out_dir: Path, preprinted: bool, actor: str | None) -> None:
    """打印荣誉证书（解密后；--event 赛项 或 --season 年度） / print award certificates (after unseal)."""
    result = ops_reports.certificates(contest, event, out_dir, season=season, template_file=template_file,
                                      preprinted=preprinted, actor=actor)
    for path in result.files:
        click.echo(f"已导出 / written: {path}")
    for warning in result.warnings:
        click.echo(f"警告 / warning: {warning.message}", err=True)


def register(group: click.Group) -> None:
    group.add_command(certificates_command)
