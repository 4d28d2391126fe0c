from pathlib import Path

import pytest

from kg.pipeline import extract_text, run, sample_dir
from kg.record import to_record

SHARED = Path(__file__).resolve().parents[1].parent / "shared"


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
