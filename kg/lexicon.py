"""Load the data files in `kg/data/`: word lists and tables, each naming its source."""
from __future__ import annotations

import os
import re
from functools import cache
from importlib import resources


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
def jieba_words() -> dict[str, tuple[str, int]]:
    """jieba's bundled dictionary: word → (part-of-speech tag, frequency)."""
    try:
        import jieba
    except ImportError as exc:  # declared dependency; say what to do if it is missing
        raise ImportError("kg needs jieba: pip install jieba") from exc
    path = os.path.join(os.path.dirname(jieba.__file__), "dict.txt")
    words = {}
    with open(path, encoding="utf-8") as fh:
        for line in fh:
            parts = line.split()
            if len(parts) == 3:
                words[parts[0]] = (parts[2], int(parts[1]))
    return words


@cache
def jieba_tags() -> dict[str, str]:
    """Part-of-speech tags of jieba's bundled dictionary, for telling words from names."""
    return {word: tag for word, (tag, _) in jieba_words().items()}


_NAME_TAGS = {"ns", "nr", "nrt", "nrfg", "n", "nt"}


def is_common_word(word: str) -> bool:
    """Whether jieba knows `word` as an ordinary word rather than a name (合作, 平安, 开发)."""
    tag = jieba_tags().get(word)
    return tag is not None and tag not in _NAME_TAGS


@cache
def lexicon_tokenizer():
    """kg's own jieba tokenizer (never jieba's global one), its dictionary cache in a folder of
    this user's (`user_cache_dir`), never the shared /tmp/jieba.cache another user may own."""
    import logging

    import jieba

    # no dictionary-loading chatter, and no traceback should the cache not be written
    logging.getLogger("jieba").setLevel(logging.CRITICAL + 1)
    tok = jieba.Tokenizer()
    tok.tmp_dir = user_cache_dir()
    tok.initialize()
    return tok


def user_cache_dir() -> str | None:
    """`$XDG_CACHE_HOME/kg` or `~/.cache/kg` (made if missing), else a private temp folder
    (removed at exit); None when none can be made (jieba then works without a cache). jieba's
    dictionary cache and kg's extraction cache (`kg.cache`) live there."""
    import atexit
    import shutil
    import tempfile

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
    try:
        folder = tempfile.mkdtemp(prefix="kg-jieba-")
    except OSError:
        return None
    atexit.register(shutil.rmtree, folder, True)
    return folder


FUNCTION_TAGS = {"v", "vn", "vd", "a", "ad", "an", "d", "p", "c", "r", "u", "f", "m", "q", "t"}


def has_function_word(text: str) -> bool:
    """Whether `text` holds a verb, adjective, adverb or other non-name word (jieba's tags)."""
    tags = jieba_tags()
    return any(tags.get(w) in FUNCTION_TAGS for w in lexicon_tokenizer().cut(text, HMM=False) if len(w) > 1)
