"""Text → `Document`: convert traditional script to simplified, unify characters, rejoin
hard-wrapped lines, drop split-word spaces.

Every output character remembers the offset of the original character it came from,
so any span found later can be cut from the original text: the conversion to simplified
script (OpenCC t2s) keeps every character in its place, one for one.
"""
from __future__ import annotations

import re
from array import array
from collections import Counter
from functools import lru_cache

from .model import Document

# Full-width ASCII (U+FF01..U+FF5E) maps to half-width; a few CJK punctuation variants
# are unified to the forms the rest of kg matches on.
_PUNCT = {"\u3000": " ", "\u00a0": " ", "﹙": "(", "﹚": ")", "〔": "(", "〕": ")",
          "―": "—", "－": "-", "﹐": ",", "﹕": ":", "︰": ":", "∶": ":"}
_TERMINAL = set("。!?;:…”」』)】")
_PARAGRAPH_START = re.compile(r"^(本报|▲|■|●|□|#|通讯员|记者|——|\(|【|\d{1,2}月\d{1,2}日|(?:来源|发布时间|发布日期|作者|编辑)\s?[::]"  # a page's fields
                              r"|\d{4}[年-]\d{1,2}[月-]\d{1,2}日?\s*\d{1,2}:\d{2})")  # a page's time stamp under its headline
_PARAGRAPH_END = re.compile(r"(摄影报道|摄|报道)$")
_DAY_OPENS = re.compile(r"\d{1,4}日(?:[上下]午|晚上?)?[,,]")
# A page header: "2 综 合 2024年8月9日 星期五 责任编辑：…" — never part of an article.
FURNITURE = re.compile(r"\d{4}年\d{1,2}月\d{1,2}日\s*星期.|责任编辑|版式设计|联系电话")
_DATE_UNITS = set("年月日号时")
_CJK_PUNCT = set(",。、;:!?“”‘’《》()")
_CJK = re.compile(r"[\u3400-\u9fff]")
# Dropped at ingest: C0 controls but tab and the line breaks, DEL, C1 controls, lone surrogates.
_UNFIT = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\ud800-\udfff]")
_LINE_ENDS = "\r\n\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029"  # what str.splitlines breaks at


# A page is in traditional script when at least this share of its CJK characters changes
# under t2s conversion: a simplified page changes next to none (乾 → 干 once in the devset),
# a traditional one a fifth or more.
TRADITIONAL_SHARE = 0.05


@lru_cache(maxsize=1)
def _t2s():
    import opencc  # ships its dictionaries: nothing is fetched at run time

    return opencc.OpenCC("t2s")


def simplify(text: str) -> str:
    """`text` in simplified script, one character for each: OpenCC's phrase-level t2s where
    it keeps the length, else character by character (a character OpenCC cannot take, such
    as a lone surrogate, or one that would become two, stays as it is)."""
    cc = _t2s()
    try:
        out = cc.convert(text)
        if len(out) == len(text):
            return out
    except (UnicodeError, ValueError, RuntimeError):
        pass
    lines = text.splitlines(keepends=True)
    if len(lines) > 1:
        return "".join(map(simplify, lines))
    chars = []
    for ch in text:
        try:
            conv = cc.convert(ch)
        except (UnicodeError, ValueError, RuntimeError):
            conv = ch
        chars.append(conv if len(conv) == 1 else ch)
    return "".join(chars)


def to_simplified(text: str) -> str | None:
    """`text` converted to simplified script character by character (the same length, so
    offsets into it are offsets into `text`) if it is in traditional script, else None."""
    if not _CJK.search(text) or not _traditional(text[:_SAMPLE]):
        return None  # judged on the page's opening, so a simplified page is never converted whole
    out = simplify(text)
    return out if _traditional(text, out) else None


_SAMPLE = 4000


def _traditional(text: str, out: str | None = None) -> bool:
    """Whether t2s changes at least TRADITIONAL_SHARE of the CJK characters of `text`."""
    out = simplify(text) if out is None else out
    if out == text:
        return False  # a simplified page: nothing to count
    cjk = changed = 0
    for a, b in zip(text, out):
        if "\u3400" <= a <= "\u9fff":
            cjk += 1
            changed += a != b
    return bool(changed) and changed >= TRADITIONAL_SHARE * cjk


def original_form(doc: Document, start: int, end: int) -> str:
    """The original characters text[start:end] came from, one for each (full-width ASCII as
    half-width): the traditional form of a name on a converted page, else its text."""
    if doc.simplified is None:
        return doc.text[start:end]
    out = []
    for i in range(start, end):
        ch = doc.text[i]
        out.append(ch if ch == "\n" else to_halfwidth(doc.original[doc.offsets[i]]))
    return "".join(out)


def to_halfwidth(ch: str) -> str:
    """Map one character to its unified form (full-width ASCII → ASCII)."""
    code = ord(ch)
    if 0xFF01 <= code <= 0xFF5E:
        return chr(code - 0xFEE0)
    return _PUNCT.get(ch, ch)


# `to_halfwidth` as a `str.translate` table, to unify a whole line at once (one character each).
_HALFWIDTH = {**{ord(k): v for k, v in _PUNCT.items()}, **{c: chr(c - 0xFEE0) for c in range(0xFF01, 0xFF5F)}}


def _is_cjk(ch: str) -> bool:
    return bool(_CJK.match(ch))


def _chunk_len(chars: list[str], i: int, step: int) -> int:
    """Length of the run of CJK characters starting at i and going in direction step."""
    n = 0
    while 0 <= i < len(chars) and _is_cjk(chars[i]):
        n += 1
        i += step
    return n


def _drop_space(chars: list[str], i: int, j: int) -> bool:
    """Whether the space run chars[i:j] splits a word (drop) or separates names (keep)."""
    if i == 0 or j == len(chars):
        return True
    left, right = chars[i - 1], chars[j]
    if left in _CJK_PUNCT or right in _CJK_PUNCT:
        return True  # "优势 ,在": no space belongs beside Chinese punctuation
    if left.isdigit() and (right.isdigit() or right in _DATE_UNITS) or right.isdigit() and left in _DATE_UNITS:
        return True  # 8 月 6 日, 7 月 30 日
    if right == "摄" and j + 1 < len(chars) and not _is_cjk(chars[j + 1]):
        return False  # (彭小川 摄): a photo credit
    if right in "文图" and j + 1 < len(chars) and chars[j + 1] in "/、":
        return False  # (袁瑞泽 文/图): the writer's credit
    if _is_cjk(left) and _is_cjk(right):
        lchunk, rchunk = _chunk_len(chars, i - 1, -1), _chunk_len(chars, j, 1)
        if lchunk == 1 and rchunk == 1:
            return True  # 刘 伟, 自 身 优 势
        if lchunk == 1:  # 王 小明 joins, but in 黎 红 邹建军 the 红 already joins 黎
            return not _single_before(chars, i - 1)
        if rchunk == 1:
            return not _single_after(chars, j)
    return False


def _single_before(chars: list[str], k: int) -> bool:
    """Whether the one-character chunk at k has another one-character chunk before it."""
    i = k - 1
    return i >= 1 and chars[i] == " " and _is_cjk(chars[i - 1]) and _chunk_len(chars, i - 1, -1) == 1


def _single_after(chars: list[str], k: int) -> bool:
    i = k + 1
    return i + 1 < len(chars) and chars[i] == " " and _is_cjk(chars[i + 1]) and _chunk_len(chars, i + 1, 1) == 1


def _clean_line(chars: list[str], offs: list[int]) -> tuple[list[str], list[int]]:
    if " " not in chars:
        return chars, offs
    out_c: list[str] = []
    out_o: list[int] = []
    i = 0
    while i < len(chars):
        if chars[i] == " ":
            j = i
            while j < len(chars) and chars[j] == " ":
                j += 1
            if not _drop_space(chars, i, j):
                out_c.append(" ")
                out_o.append(offs[i])
            i = j
            continue
        out_c.append(chars[i])
        out_o.append(offs[i])
        i += 1
    return out_c, out_o


# A date written in Chinese numerals (一月十九日, 二〇一七年三月五日; 二十一日 before the time
# of day), as news agencies and broadcast transcripts write it.
_CN_DIGIT = {c: i for i, c in enumerate("〇一二三四五六七八九")} | {"零": 0}
_CN_NUM = "[一二三四五六七八九十]{1,3}"
_CN_DATE = re.compile(rf"(?:(?P<y>[〇零一二三四五六七八九]{{4}})年)?(?P<m>{_CN_NUM})月(?P<d>{_CN_NUM})(?=[日号])"
                      rf"|(?<![一二三四五六七八九十第月])(?P<bare>{_CN_NUM})(?=日(?:[上下]午|晚上?|在|,))"
                      rf"|(?:(?<![\u4e00-\u9fff])|(?<=年))(?P<first>元)月(?:(?P<fd>{_CN_NUM})(?=[日号])|(?=\d{{1,2}}[日号]))")  # 元月22日: January


def _cn_number(word: str) -> str | None:
    """一 → 1, 十九 → 19, 二十一 → 21 (a number below 100), or None for a word that is none."""
    tens, _, units = word.rpartition("十")
    if "十" in word:
        if len(tens) > 1 or len(units) > 1:
            return None
        value = (_CN_DIGIT[tens] if tens else 1) * 10 + (_CN_DIGIT[units] if units else 0)
    else:
        if len(word) != 1:
            return None
        value = _CN_DIGIT[word]
    return str(value)


def _arabic_dates(chars: list[str], offs: list[int]) -> tuple[list[str], list[int]]:
    """Chinese-numeral dates in Arabic digits, each digit mapped to a character of the number it
    comes from (一月十九日 → 1月19日, 十九 → 1 at 十, 9 at 九; 元月 → 1月), so spans still cut the original."""
    line = "".join(chars)
    if "日" not in line and "号" not in line or not _CN_DATE.search(line):
        return chars, offs
    out_c: list[str] = []
    out_o: list[int] = []
    at = 0
    for m in _CN_DATE.finditer(line):
        parts = [(m.start(g), m.end(g)) for g in ("y", "m", "d", "bare", "first", "fd") if m[g]]
        numbers = [("".join(str(_CN_DIGIT[c]) for c in line[a:b]) if b - a == 4 and "十" not in line[a:b]
                    else "1" if line[a:b] == "元" else _cn_number(line[a:b])) for a, b in parts]
        if None in numbers:
            continue
        for (a, b), number in zip(parts, numbers):
            out_c += chars[at:a]
            out_o += offs[at:a]
            out_c += list(number)
            out_o += [offs[min(a + k, b - 1)] for k in range(len(number))]
            at = b
    return out_c + chars[at:], out_o + offs[at:]


def _wrap_width(lines: list[str]) -> int | None:
    """The page's hard-wrap width: the most common line length, if lines share one."""
    lengths = Counter(len(line) for line in lines if len(line) >= 8)
    if not lengths:
        return None
    width, count = max(lengths.items(), key=lambda kv: (kv[1], kv[0]))
    return width if count >= 5 and count >= len(lines) / 10 else None


def _continues(prev: str, nxt: str, width: int | None) -> bool:
    """Whether line `nxt` continues line `prev` (a hard wrap mid-sentence)."""
    if prev and prev[-1].isdigit() and nxt[:1] in _DATE_UNITS:
        return True  # "8 月 6" / "日," — a date split by the wrap
    if not prev or prev[-1] in _TERMINAL or _PARAGRAPH_START.match(nxt) or _PARAGRAPH_END.search(prev):
        return False
    if FURNITURE.search(prev) or FURNITURE.search(nxt):
        return False
    if _DAY_OPENS.match(nxt) and not prev.endswith("月"):
        return False  # 23日上午,… (929日下午: a month fused on) opens a lead, after a headline with a 、
    if any(p in prev for p in ",、;。"):
        return True
    return width is not None and len(prev) >= width - 3


def clean(value: str) -> str:
    """A one-line value (file name, sidecar field) without controls, line breaks or lone
    surrogates, which no export could write."""
    return _UNFIT.sub("", value).translate({ord(c): " " for c in _LINE_ENDS + "\t"}).strip()


def normalize(original: str, name: str = "<text>", **meta) -> Document:
    """Build a `Document` from the original text of a page.

    A page in traditional script (`to_simplified`) is converted to simplified for extraction,
    character for character, and keeps the converted original in `Document.simplified`.

    Controls other than newline and tab, and lone surrogates, are dropped here once; the
    offset map skips them, so spans still cut the original. Sidecar values and the name
    are cleaned the same way (`clean`)."""
    simplified = to_simplified(original)
    lines: list[tuple[list[str], list[int]]] = []
    pos = 0
    for raw in original.splitlines(keepends=True):
        body = raw.rstrip(_LINE_ENDS)
        script = body if simplified is None else simplified[pos:pos + len(body)]
        if _UNFIT.search(body):
            kept = [i for i, c in enumerate(body) if not _UNFIT.match(c)]
            chars, offs = [to_halfwidth(script[i]) for i in kept], [pos + i for i in kept]
        else:
            chars, offs = list(script.translate(_HALFWIDTH)), list(range(pos, pos + len(body)))
        pos += len(raw)
        chars, offs = _arabic_dates(*_clean_line(chars, offs))
        if chars:
            lines.append((chars, offs))
    width = _wrap_width(["".join(c) for c, _ in lines])
    out_c: list[str] = []
    out_o: list[int] = []
    prev = ""
    for chars, offs in lines:
        text = "".join(chars)
        if out_c and not _continues(prev, text, width):
            out_c.append("\n")
            out_o.append(out_o[-1] + 1)
        out_c.extend(chars)
        out_o.extend(offs)
        prev = text
    meta = {k: clean(v) if isinstance(v, str) else v for k, v in meta.items()}
    return Document(name=clean(name), original=original, text="".join(out_c), offsets=array("q", out_o),
                    simplified=simplified, **meta)
