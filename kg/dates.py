"""Dates as they enter kg (a sidecar, `--date`, the text): kept only when they name a real day."""
from __future__ import annotations

import datetime
import re

_ISO = re.compile(r"\d{4}-\d{2}-\d{2}", re.ASCII)
NOT_A_DAY = "not used as a date"  # ends every warning about a date in a text


def iso_date(value) -> str:
    """`value` when it is a real day written YYYY-MM-DD, else ValueError saying what is wrong."""
    text = str(value)
    if not _ISO.fullmatch(text):
        raise ValueError(f"{text!r} is not a date YYYY-MM-DD")
    try:
        datetime.date.fromisoformat(text)
    except ValueError:
        raise ValueError(f"{text!r} is no real day") from None
    return text


def real_day(month: str, day: str, year: str | None = None) -> bool:
    """True when ASCII digits name a real day (13月45日, 2月30日 and ٣月٥日 do not); a day
    without a year is checked in a leap year, so 2月29日 stands."""
    parts = [p for p in (year, month, day) if p is not None]
    if not all(p.isascii() and p.isdigit() for p in parts):
        return False
    try:
        datetime.date(int(year) if year else 2000, int(month), int(day))
    except ValueError:
        return False
    return True


# A day in a page's address: /2015/01/06/, /20150106/, /2020-01/01/, t20170928_524814.html.
_ADDRESS_DATE = re.compile(r"(?:(?<=[/_\-t])|^)(?P<y>(?:19|20)\d\d)[-/_]?(?P<m>[01]\d)[-/_]?(?P<d>[0-3]\d)(?=[/_.\-]|$)",
                           re.ASCII)
# Some sites file by year, month and day unpadded (/art/2022/6/11/): each part between separators.
_ADDRESS_DATE_UNPADDED = re.compile(r"(?<=/)(?P<y>(?:19|20)\d\d)/(?P<m>1[0-2]|0?[1-9])/(?P<d>[12]\d|3[01]|0?[1-9])(?=/)",
                                    re.ASCII)


class AddressDate(str):
    """A publication date read from a page's address, not from the page: it tells the month of a
    day said alone (13日), but not what 今天 or 昨日 mean, since a site files a page on the day it
    posts it, which may be days after the paper's."""


def address_date(address: str | None) -> AddressDate | None:
    """The day a page's address names in its path (news sites file pages by day), if a real one."""
    if not address or "//" not in address:
        return None
    path = address.split("//", 1)[1].partition("/")[2].split("?")[0]
    for pattern in (_ADDRESS_DATE, _ADDRESS_DATE_UNPADDED):
        for m in pattern.finditer(path):
            if real_day(m["m"], m["d"], m["y"]):
                return AddressDate(f"{m['y']}-{int(m['m']):02d}-{int(m['d']):02d}")
    return None


def bad_text_dates(name: str, text: str, written: re.Pattern, read: re.Pattern, at=lambda offset: offset) -> list[str]:
    """A warning for each date as `written` (groups y, m, d) in `text` that names no real day and
    holds none `read` inside it (11:36:523月16日: 3月16日 is read, no warning of 23月16日), at the
    character `at(offset)` (its place in the original text)."""
    return [f"{name}: {m[0]} at character {at(m.start())} {_why(m)}; {NOT_A_DAY}"
            for m in written.finditer(text) if not real_day(m["m"], m["d"], m["y"])
            and not any(real_day(r["m"], r["d"], r["y"]) for r in read.finditer(text, m.start(), m.end()))]


def _why(m: re.Match) -> str:
    """What is wrong with a date in a text: its digits (٣月٥日), or the day itself (2月30日)."""
    digits = [p for p in (m["y"], m["m"], m["d"]) if p is not None]
    return "is no real day" if all(p.isascii() for p in digits) else "is not written in ASCII digits"
