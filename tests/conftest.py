from pathlib import Path

import pytest

from kg.pipeline import extract_text, run, sample_dir
from kg.record import to_record

SHARED = Path(__file__).resolve().parents[1].parent / "shared"


@pytest.fixture(autouse=True)
def own_cache(tmp_path_factory, monkeypatch) -> Path:
    """Each test's own extraction cache (`kg.cache`): none reads another's entries, nor the user's."""
    folder = tmp_path_factory.mktemp("kg-cache")
    monkeypatch.setenv("KG_CACHE_DIR", str(folder))
    return folder


@pytest.fixture
def shared_corpus():
    if not (SHARED / "corpus").is_dir():
        pytest.skip("../shared is not beside the checkout")
    return SHARED


@pytest.fixture(scope="session")
def sample_corpus() -> Path:
    """The bundled sample pages (fictional people, real places in Sichuan, Hunan, Zhejiang)."""
    return sample_dir() / "corpus"


@pytest.fixture(scope="session")
def sample_gold() -> Path:
    return sample_dir() / "gold"


@pytest.fixture(scope="session")
def sample_results(sample_corpus):
    """`Result`s of the whole pipeline over the sample corpus, computed once."""
    results = list(run([str(sample_corpus)]))
    assert len(results) == 3 and all(r.extraction for r in results), results
    return results


@pytest.fixture(scope="session")
def record_of():
    """text (+ meta such as pub_date=, place=) → gold-format record without spans."""
    def record(text: str, **meta) -> dict:
        return to_record(extract_text(text, **meta), spans=False)

    return record


def positions_of(record: dict) -> set[tuple]:
    """(person, org, title) triples of a record."""
    return {(p["person"], p["org"], p["title"]) for p in record["positions"]}


@pytest.fixture(scope="session")
def triples():
    return positions_of


@pytest.fixture(scope="session")
def devset_plain():
    """The devset's plain texts (../shared/devset/texts) and their records, by stem, run once:
    {stem: (text, sidecar, record)}; skipped where ../shared is not beside the checkout."""
    import json

    texts = SHARED / "devset" / "texts"
    if not texts.is_dir():
        pytest.skip("../shared/devset is not beside the checkout")
    out = {}
    for result in run([str(texts)]):
        assert result.extraction is not None, result.error or result.warning
        path = Path(result.item)
        side = path.with_name(path.stem + ".meta.json")
        meta = json.loads(side.read_text(encoding="utf-8")) if side.exists() else {}
        out[path.stem] = (path.read_text(encoding="utf-8"), meta, to_record(result.extraction, spans=False))
    assert len(out) >= 90
    return out


def scores_against(pairs) -> dict[str, float]:
    """Per-field F1 of (record, plain-text record) pairs, the plain-text records as gold."""
    from kg.evaluate import FIELDS, evaluate

    report = evaluate(pairs)
    return {f: report.scores[f].f1 for f in FIELDS}
