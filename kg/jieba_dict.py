"""jieba's bundled dictionary (`dict.txt`): its words' tags and frequencies, and jieba's accurate
segmentation without the HMM (`jieba.Tokenizer().cut(text, HMM=False)`, word for word), read
without importing jieba or unpacking its whole dictionary.

Why: a process that extracts one short page asks about a few hundred words, but reading all
349,046 of dict.txt (and jieba's own 9 MB cache of them, for its tokenizer) took most of a
second of its start-up: the one file a rebuild extracts waited for it. Here the words are kept in
shards by first character. A snapshot of them, one marshalled blob a first character, is written
to kg's cache folder the first time and read back in milliseconds; a shard is unpacked the first
time a word of its first character is asked about. The snapshot names dict.txt's path, size and
modification time and marshal's format and Python's version: a changed dictionary, a new jieba or
a new Python makes a new one. Each dictionary path and Python has a snapshot file of its own
(`snapshot_of`), so kg installed in two environments (two checkouts, two virtualenvs) does not
make the other's snapshot again at each turn; writing one removes those whose dictionary is
gone. Without a cache folder, or when the snapshot cannot be read or written, dict.txt is parsed
whole, as before.

A shard maps each word to (tag, frequency) and, as jieba's prefix dictionary does, each prefix of
a word that is not a word itself to None: segmentation stops looking at a position where the text
no longer spells the beginning of a word.
"""
from __future__ import annotations

import hashlib
import importlib.util
import marshal
import os
import re
import sys
from math import log

SNAPSHOT = "jieba-dict-{}.marshal"  # the digest of a dictionary's path and Python (`snapshot_of`)
_FORMAT = 1
_EMPTY: dict = {}  # the shard of a character no word begins with (never written to)

# jieba 0.42.1's `cut`: runs of these are segmented, whitespace stands alone, the rest is cut
# into characters; single letters and digits the segmentation leaves are joined again.
_HAN = re.compile("([\u4E00-\u9FD5a-zA-Z0-9+#&\\._%\\-]+)")
_SKIP = re.compile("(\r\n|\\s)")
_ENG = re.compile("[a-zA-Z0-9]")
_ABSENT = object()  # no entry in a shard (None is a prefix's entry)


def dict_path() -> str:
    """The path of jieba's dict.txt, found without importing jieba (whose import reads its HMM
    tables and pkg_resources)."""
    spec = importlib.util.find_spec("jieba")
    if spec is None or not spec.submodule_search_locations:
        raise ImportError("kg needs jieba: pip install jieba")
    return os.path.join(list(spec.submodule_search_locations)[0], "dict.txt")


class _Shards(dict):
    """First character → its shard, unpacked from `packed` on first use (the blob is kept: two
    threads asking at once each unpack it and store the same shard)."""

    def __init__(self, shards: dict, packed: dict[str, bytes]):
        super().__init__(shards)
        self.packed = packed

    def __missing__(self, first: str) -> dict:
        blob = self.packed.get(first)
        shard = marshal.loads(blob) if blob is not None else _EMPTY
        self[first] = shard
        return shard


class JiebaDict:
    """jieba's dictionary: `word in d`, `d[word]` and `d.get(word)` give (tag, frequency) as
    dict.txt has them; `tag(word)` the tag; `cut(text)` jieba's words of `text`."""

    def __init__(self, shards: dict, packed: dict[str, bytes], total: int):
        self.shards = _Shards(shards, packed)
        self.total = total  # the sum of dict.txt's frequencies, as jieba's `Tokenizer.total`

    def get(self, word: str, default=None):
        found = self.shards[word[0]].get(word) if word else None
        return default if found is None else found

    def __contains__(self, word: str) -> bool:
        return self.get(word) is not None

    def __getitem__(self, word: str) -> tuple[str, int]:
        found = self.get(word)
        if found is None:
            raise KeyError(word)
        return found

    def tag(self, word: str, default=None):
        found = self.get(word)
        return default if found is None else found[0]

    def cut(self, text: str) -> list[str]:
        """`jieba.Tokenizer().cut(text, HMM=False)` as a list: the same words."""
        out: list[str] = []
        for block in _HAN.split(text):
            if not block:
                continue
            if _HAN.match(block):
                out.extend(self._cut_block(block))
            else:
                for part in _SKIP.split(block):
                    if _SKIP.match(part):
                        out.append(part)
                    else:
                        out.extend(part)
        return out

    def _cut_block(self, block: str) -> list[str]:
        """jieba's `__cut_DAG_NO_HMM`: the likeliest path through the words the block spells
        (its `get_DAG` and `calc`, the same sums in the same order, ties to the longer word)."""
        shards, n = self.shards, len(block)
        logtotal = log(self.total)
        # the DAG and the route in one pass from the end: each word's log probability is taken as
        # its end is found (jieba looks the word up again in `calc`), added to the best route
        # after it; a character that is no word of its own counts as frequency 1
        weights, ends = [0.0] * (n + 1), [0] * (n + 1)
        for k in range(n - 1, -1, -1):
            shard = shards[block[k]]
            best, end = None, k
            i, frag = k, block[k]
            while i < n and (found := shard.get(frag, _ABSENT)) is not _ABSENT:
                if found is not None and found[1]:
                    weight = log(found[1]) - logtotal + weights[i + 1]
                    if best is None or weight >= best:  # ties to the longer word, as jieba's max of (weight, end)
                        best, end = weight, i
                i += 1
                frag = block[k:i + 1]
            weights[k], ends[k] = (best, end) if best is not None else (log(1) - logtotal + weights[k + 1], k)
        out, x, buf = [], 0, ""
        while x < n:
            y = ends[x] + 1
            word = block[x:y]
            if len(word) == 1 and _ENG.match(word):
                buf += word
            else:
                if buf:
                    out.append(buf)
                    buf = ""
                out.append(word)
            x = y
        if buf:
            out.append(buf)
        return out


def parse(path: str) -> tuple[dict[str, dict], int]:
    """dict.txt's shards and total frequency (lines of word, frequency and tag; others passed
    over; a word listed twice keeps its last line, and both count in the total, as in jieba)."""
    shards: dict[str, dict] = {}
    total = 0
    with open(path, encoding="utf-8") as fh:
        for line in fh:
            parts = line.split()
            if len(parts) != 3:
                continue
            word, freq = parts[0], int(parts[1])
            total += freq
            shard = shards.setdefault(word[0], {})
            shard[word] = (parts[2], freq)
            for end in range(1, len(word)):
                shard.setdefault(word[:end], None)
    return shards, total


def _key(path: str) -> tuple:
    st = os.stat(path)
    return (_FORMAT, os.path.abspath(path), st.st_size, st.st_mtime_ns, marshal.version, sys.version)


def snapshot_of(folder: str, path: str) -> str:
    """The snapshot file in `folder` of the dictionary at `path` (for this Python)."""
    ident = repr((_FORMAT, os.path.abspath(path), marshal.version, sys.version)).encode("utf-8", "surrogateescape")
    return os.path.join(folder, SNAPSHOT.format(hashlib.sha256(ident).hexdigest()[:16]))


def load(path: str | None = None, folder: str | None = None) -> JiebaDict:
    """jieba's dictionary at `path` (jieba's own by default), from the snapshot in `folder`
    when it is that dictionary's; else parsed, and the snapshot (re)written in `folder`.
    `folder` None: no snapshot, parsed."""
    path = path or dict_path()
    key = _key(path)
    snapshot = snapshot_of(folder, path) if folder else None
    if snapshot:
        try:
            with open(snapshot, "rb") as fh:
                if marshal.load(fh) == key:
                    total, packed = marshal.load(fh)
                    return JiebaDict({}, packed, total)
        except (OSError, EOFError, ValueError, TypeError):
            pass  # absent, or not whole: made again below
    shards, total = parse(path)
    if snapshot:
        _write(snapshot, key, total, shards)
    return JiebaDict(shards, {}, total)


def _write(snapshot: str, key: tuple, total: int, shards: dict[str, dict]) -> None:
    """Write the snapshot whole or not at all (a temporary file renamed into place)."""
    tmp = f"{snapshot}.{os.getpid()}.tmp"
    try:
        with open(tmp, "wb") as fh:
            marshal.dump(key, fh)
            marshal.dump((total, {first: marshal.dumps(shard) for first, shard in shards.items()}), fh)
        os.replace(tmp, snapshot)
    except OSError:
        try:
            os.unlink(tmp)
        except OSError:
            pass
        return
    _remove_orphans(os.path.dirname(snapshot))


def _remove_orphans(folder: str) -> None:
    """Remove the snapshots in `folder` whose dictionary file is gone (a removed environment's)."""
    prefix, suffix = SNAPSHOT.split("{}")
    for name in os.listdir(folder):
        if not (name.startswith(prefix) and name.endswith(suffix)):
            continue
        other = os.path.join(folder, name)
        try:
            with open(other, "rb") as fh:
                key = marshal.load(fh)
            if isinstance(key, tuple) and len(key) > 1 and isinstance(key[1], str) and not os.path.exists(key[1]):
                os.unlink(other)
        except (OSError, EOFError, ValueError, TypeError):
            pass
