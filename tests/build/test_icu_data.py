"""Which ICU data items the venue folder leaves out (build_spec/icu_data.py)."""

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "build_spec"))
from icu_data import dropped  # noqa: E402


@pytest.mark.parametrize("item", [
    "root.res", "pool.res", "res_index.res", "zh.res", "zh_Hans_CN.res", "en.res", "en_GB.res",
    "coll/root.res", "coll/zh.res", "coll/ucadata.icu", "coll/res_index.res", "brkitr/zh.res",
    "supplementalData.res", "metadata.res", "units.res", "zoneinfo64.res", "cnvalias.icu", "gb18030.cnv",
    "uprops.icu", "nfkc.nrm",
])
def test_chinese_english_and_shared_data_stay(item):
    assert not dropped(item)


@pytest.mark.parametrize("item", [
    "de.res", "ar_EG.res", "yue.res", "coll/de.res", "coll/de_.res", "curr/fr.res", "zone/ja.res",
    "translit/root.res", "rbnf/zh.res", "brkitr/cjdict.dict", "euc-tw-2014.cnv", "ibm-1390_P110-2003.cnv",
    "unames.icu",
])
def test_other_languages_and_unused_kinds_go(item):
    assert dropped(item)
