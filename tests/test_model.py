"""kg.model: the span index that stages share."""
from kg.model import Mention, SpanIndex


def test_a_mention_added_to_a_span_index_is_found_in_its_place():
    index = SpanIndex([Mention("ORG", "市委", 0, 2, "市委"), Mention("ORG", "县委", 10, 12, "县委")])
    index.add(Mention("ORG", "组织部", 5, 8, "市委组织部"))
    assert [m.key for m in index.between(0, 11)] == ["市委", "市委组织部", "县委"]
    assert [m.key for m in index.between(4, 9)] == ["市委组织部"]
