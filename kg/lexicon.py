"""Load the data files in `kg/data/`: word lists and tables, each naming its source."""
from __future__ import annotations

import os
import re
from functools import cache
from importlib import resources

from . import jieba_dict
from .jieba_dict import JiebaDict


def _lines(name: str) -> list[str]:
    text = resources.files("kg").joinpath("data", name).read_text(encoding="utf-8")
    return [line for line in text.splitlines() if line.strip() and not line.startswith("#")]


@cache
def words(name: str) -> tuple[str, ...]:
    """Whitespace-separated words of a list file, longest first (for greedy matching)."""
    found = {w for line in _lines(name) for w in line.split()}
    return tuple(sorted(found, key=lambda w: (-len(w), w)))


@cache
def table(name: str) -> tuple[tuple[str, ...], ...]:
    """Rows of a tab-separated file (comment lines skipped, header rows included)."""
    return tuple(tuple(line.split("\t")) for line in _lines(name))


def surnames() -> tuple[str, ...]:
    return words("surnames.txt")


@cache
def surname_ranks() -> dict[str, int]:
    """Surname → its place in the lexicon, which lists the commonest first."""
    ranks: dict[str, int] = {}
    for w in (w for line in _lines("surnames.txt") for w in line.split()):
        ranks.setdefault(w, len(ranks))
    return ranks


def titles() -> tuple[str, ...]:
    return words("titles.txt")


def alternation(items) -> str:
    """A regex alternation of literal words, longest first."""
    return "|".join(re.escape(w) for w in sorted(set(items), key=lambda w: (-len(w), w)))


@cache
def jieba_words() -> JiebaDict:
    """jieba's bundled dictionary: word → (part-of-speech tag, frequency) (`kg.jieba_dict`: read
    from a snapshot in this user's cache folder, a first character's words when first asked)."""
    return jieba_dict.load(folder=persistent_cache_dir())


@cache
def jieba_tags() -> JiebaTags:
    """Part-of-speech tags of jieba's bundled dictionary, for telling words from names."""
    return JiebaTags(jieba_words())


class JiebaTags:
    """`tags.get(word, default)`: the word's tag in jieba's dictionary."""

    def __init__(self, words: JiebaDict):
        self.get = words.tag


_NAME_TAGS = {"ns", "nr", "nrt", "nrfg", "n", "nt"}


def is_common_word(word: str) -> bool:
    """Whether jieba knows `word` as an ordinary word rather than a name (合作, 平安, 开发)."""
    tag = jieba_tags().get(word)
    return tag is not None and tag not in _NAME_TAGS


def jieba_cut(text: str) -> list[str]:
    """jieba's words of `text` (its accurate mode without the HMM, on its bundled dictionary)."""
    return jieba_words().cut(text)


def word_starts_at(text: str, at: int) -> bool:
    """Whether jieba's words over the few characters around `at` have a boundary at `at`."""
    pos = max(0, at - 3)
    for word in jieba_cut(text[pos:at + 3]):
        if pos >= at:
            return pos == at
        pos += len(word)
    return pos == at


def inside_common_word(text: str, at: int) -> bool:
    """Whether a common word (jieba's, frequency 1,000 or more) runs across `at` from the
    character before it, jieba's words having no boundary there (区域内: 域 inside 区域)."""
    return (w := jieba_words().get(text[at - 1:at + 1])) is not None and w[1] >= 1000 and not word_starts_at(text, at)


def persistent_cache_dir() -> str | None:
    """`$XDG_CACHE_HOME/kg` or `~/.cache/kg` (made if missing) when it is this user's and
    writable, else None."""
    base = os.environ.get("XDG_CACHE_HOME", "")
    if not os.path.isabs(base):
        base = os.path.join(os.path.expanduser("~"), ".cache")
    folder = os.path.join(base, "kg")
    try:
        os.makedirs(folder, mode=0o700, exist_ok=True)
        if os.stat(folder).st_uid == os.geteuid() and os.access(folder, os.W_OK | os.X_OK):
            return folder
    except OSError:
        pass
    return None


def user_cache_dir() -> str | None:
    """This user's kg cache folder (`persistent_cache_dir`), else a private temp folder (removed
    at exit); None when none can be made. The snapshot of jieba's dictionary (`kg.jieba_dict`,
    in the persistent folder only) and kg's extraction cache (`kg.cache`) live there."""
    import atexit
    import shutil
    import tempfile

    folder = persistent_cache_dir()
    if folder is not None:
        return folder
    try:
        folder = tempfile.mkdtemp(prefix="kg-cache-")
    except OSError:
        return None
    atexit.register(shutil.rmtree, folder, True)
    return folder


FUNCTION_TAGS = {"v", "vn", "vd", "a", "ad", "an", "d", "p", "c", "r", "u", "f", "m", "q", "t"}


def has_function_word(text: str, but: tuple[str, ...] = ()) -> bool:
    """Whether `text` holds a verb, adjective, adverb or other non-name word (jieba's tags),
    the words `but` aside."""
    tags = jieba_tags()
    return any(tags.get(w) in FUNCTION_TAGS and w not in but for w in jieba_cut(text) if len(w) > 1)


def trade_words() -> tuple[str, ...]:
    """Words of a company's line of business (控股, 投资, 建设) that may stand in its name."""
    return words("trade_words.txt")
