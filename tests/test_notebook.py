"""notebooks/explore.ipynb runs from top to bottom: build, who-led through SPARQL into pandas, a focus view."""
from pathlib import Path

import pytest

nbformat = pytest.importorskip("nbformat")
nbclient = pytest.importorskip("nbclient")

NOTEBOOK = Path(__file__).resolve().parents[1] / "notebooks" / "explore.ipynb"


@pytest.fixture(scope="module")
def executed():
    nb = nbformat.read(NOTEBOOK, as_version=4)
    nbclient.NotebookClient(nb, timeout=300, kernel_name="python3",
                            resources={"metadata": {"path": str(NOTEBOOK.parent)}}).execute()
    return nb


def outputs(cell):
    return [o for o in cell.get("outputs", [])]


def test_every_cell_runs_without_error(executed):
    code = [c for c in executed.cells if c.cell_type == "code"]
    assert code and all(c.execution_count for c in code)
    assert not [o for c in code for o in outputs(c) if o.output_type == "error"]


def test_who_led_comes_back_as_a_table(executed):
    cell = next(c for c in executed.cells if "who_led = pd.DataFrame" in c.source)
    html = next(o for o in outputs(cell) if o.output_type == "execute_result").data["text/html"]
    assert "<table" in html and "leader" in html and html.count("<tr") >= 5


def test_focus_view_is_embedded(executed):
    cell = next(c for c in executed.cells if "kg.view(" in c.source)
    html = next(o for o in outputs(cell) if o.output_type == "execute_result").data["text/html"]
    assert html.startswith("<iframe srcdoc=") and "kgview" in html
