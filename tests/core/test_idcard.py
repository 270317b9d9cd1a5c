"""GB 11643 ID numbers: check character, birth date, gender, normalising, masking."""

from datetime import date

import pytest
from hypothesis import given, settings, strategies as st

from judge_app.core import idcard

TODAY = date(2026, 11, 25)


def with_check(first17: str) -> str:
    total = sum(int(d) * w for d, w in zip(first17, (7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2)))
    return first17 + "10X98765432"[total % 11]


def test_check_char_by_hand():
    # 11010519491231002: 1·7+1·9+0·10+1·5+0·8+5·4+1·2+9·1+4·6+9·3+1·7+2·9+3·10+1·5+0·8+0·4+2·2
    # = 167, 167 mod 11 = 2 → "X"
    assert idcard.check_char("11010519491231002") == "X"
    # 32010219900101123: 3·7+2·9+0+1·5+0+2·4+1·2+9·1+9·6+0+0+1·9+0+1·5+1·8+2·4+3·2 = 153,
    # 153 mod 11 = 10 → "2"
    assert idcard.check_char("32010219900101123") == "2"


@pytest.mark.parametrize(
    "number",
    ["11010519491231002X", "320102199001011232", "412725197812270491", "32128319921031826X"],
)
def test_known_valid(number):
    assert idcard.problem(number, today=TODAY) is None
    assert idcard.is_valid(number, today=TODAY)


def test_wrong_check_digit_names_expected_digit():
    message = idcard.problem("320102199001011233", today=TODAY)
    assert message is not None and "校验位" in message and "应为 2" in message


def test_lost_digits_hint_for_trailing_zeros():
    message = idcard.problem("321283199303169000", today=TODAY)
    assert message is not None and "数字格式" in message


@pytest.mark.parametrize(
    "birth, word",
    [("19900230", "不是有效日期"), ("19901301", "不是有效日期"), ("19000229", "不是有效日期"),
     ("18991231", "早于 1900"), ("20270101", "今天之后")],
)
def test_bad_birth_dates(birth, word):
    number = with_check("320102" + birth + "123")  # right check digit: only the date is wrong
    message = idcard.problem(number, today=TODAY)
    assert message is not None and word in message


def test_leap_day_is_a_real_date():
    assert idcard.problem(with_check("32010220000229123"), today=TODAY) is None


@pytest.mark.parametrize(
    "raw, expected",
    [
        (" 32010219900101123x ", "32010219900101123X"),
        ("３２０１０２１９９００１０１１２３Ｘ", "32010219900101123X"),
        ("3201 0219 9001 0112 3x", "32010219900101123X"),
        ("\u3000320102199001011232\u00a0", "320102199001011232"),
        ("'320102199001011232", "320102199001011232"),
        (None, ""),
    ],
)
def test_normalize(raw, expected):
    assert idcard.normalize(raw) == expected


def test_full_width_input_is_valid_after_normalising():
    assert idcard.problem("３２０１０２１９９００１０１１２３２", today=TODAY) is None
    assert idcard.problem("11010519491231002x", today=TODAY) is None


@pytest.mark.parametrize(
    "junk, word",
    [("", "为空"), (None, "为空"), ("12345", "18 位"), ("3201021990010112", "18 位"),
     ("32010219900101123A", "不该有的字符"), ("320102X99001011232", "只能出现在最后一位"),
     ("320102199001011", "15 位"), ("3.20102199001011E+17", "数字格式"), (3.201021990010112e17, "数字格式"),
     (object(), "不该有的字符"), ("身份证", "不该有的字符")],
)
def test_junk_gives_a_message_never_an_exception(junk, word):
    message = idcard.problem(junk, today=TODAY)
    assert message is not None and word in message


def test_gender_from_17th_digit():
    assert idcard.gender("320102199001011232") == "男"  # 17th digit 3
    assert idcard.gender("32128319921031826X") == "女"  # 17th digit 6
    assert idcard.gender("junk") is None


def test_birth_date():
    assert idcard.birth_date("320102199001011232") == date(1990, 1, 1)
    assert idcard.birth_date(with_check("32010219900230123")) is None
    assert idcard.birth_date(42) is None


def test_mask():
    assert idcard.mask("32010219900101123X") == "3201**********123X"
    assert idcard.mask(" 32010219900101123x") == "3201**********123X"
    assert idcard.mask("") == ""
    assert idcard.mask("12345") == "*****"
    assert "19900101" not in idcard.mask("32010219900101123")


# ------------------------------------------------------------------------------ properties

regions = st.integers(100000, 899999).map(str)
births = st.dates(min_value=date(1900, 1, 1), max_value=TODAY)
sequences = st.integers(0, 999).map("{:03d}".format)


@st.composite
def valid_ids(draw):
    return with_check(draw(regions) + draw(births).strftime("%Y%m%d") + draw(sequences))


@settings(max_examples=300)
@given(valid_ids())
def test_generated_valid_ids_pass(number):
    assert idcard.problem(number, today=TODAY) is None
    assert idcard.problem(number.lower(), today=TODAY) is None
    assert idcard.mask(number) == number[:4] + "*" * 10 + number[-4:]
    assert idcard.gender(number) == ("男" if int(number[16]) % 2 else "女")


@settings(max_examples=300)
@given(valid_ids(), st.integers(0, 17), st.sampled_from("0123456789X"))
def test_changing_any_single_character_fails(number, position, new):
    if position < 17 and new == "X":
        new = "7"
    if number[position] == new:
        return
    changed = number[:position] + new + number[position + 1:]
    assert idcard.problem(changed, today=TODAY) is not None


@given(st.one_of(st.text(max_size=40), st.integers(), st.floats(), st.none(), st.binary(max_size=20)))
def test_never_raises(value):
    message = idcard.problem(value, today=TODAY)
    assert message is None or isinstance(message, str)
    idcard.mask(value)
    idcard.gender(value)
    idcard.birth_date(value)
