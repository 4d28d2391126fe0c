"""The minimums issue 8 sets for the five 民主协商报 pages and the devset: a rule that helps some
pages may not take either set below them (the held-out sets are scored outside the tests)."""
import pytest

from kg.evaluate import gold_set, score_set

from conftest import SHARED

MINIMUMS = {
    "corpus": {"who_led": 0.90, "events": 0.85, "persons": 0.92, "positions": 0.80,
               "organizations": 0.80, "places": 0.85, "campaigns": 0.70},
    "devset": {"who_led": 0.85, "events": 0.80, "persons": 0.93, "positions": 0.75,
               "organizations": 0.75, "places": 0.85, "campaigns": 0.55},
}


@pytest.mark.parametrize("name, folder", [("corpus", SHARED), ("devset", SHARED / "devset")])
def test_extraction_holds_the_minimums(name, folder):
    if not (folder / "gold").is_dir():
        pytest.skip(f"{folder} is not beside the checkout")
    scores = score_set(gold_set(folder)).report.scores
    below = {f: round(scores[f].f1, 3) for f, least in MINIMUMS[name].items() if scores[f].f1 < least}
    assert not below, f"{name} below its minimums: {below}"
