"""Graph files → kg graph: what `kg build` writes reads back to the same scene; bad files are named."""
import pytest

from kg.pipeline import build, sample_dir
from kg.rdf import serialize
from kg.viewer.load import read_graph
from kg.viewer.model import ViewError
from kg.viewer.scene import scene


@pytest.fixture(scope="module")
def sample_graph():
    graph, _ = build([str(sample_dir() / "corpus")])
    return graph


@pytest.mark.parametrize("fmt, suffix", [("turtle", ".ttl"), ("nt", ".nt"), ("jsonld", ".jsonld"),
                                         ("trig", ".trig")])
def test_exported_graph_reads_back_to_the_same_scene(sample_graph, tmp_path, fmt, suffix):
    path = tmp_path / f"graph{suffix}"
    path.write_text(serialize(sample_graph, fmt), encoding="utf-8")
    assert scene(read_graph(path)) == scene(sample_graph)


@pytest.mark.parametrize("name, text, message", [
    ("graph.ttl", "@prefix x: <http://x/> .\nx:a x:b", "not valid ttl"),
    ("graph.ttl", "", "the graph is empty"),
    ("graph.csv", "a,b\n", "not a graph file kg reads"),
])
def test_bad_graph_files_are_named_with_the_fault(tmp_path, name, text, message):
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    with pytest.raises(ViewError, match=message) as info:
        read_graph(path)
    assert str(path) in str(info.value)


def test_missing_graph_file(tmp_path):
    with pytest.raises(ViewError, match="cannot read graph"):
        read_graph(tmp_path / "none.ttl")
