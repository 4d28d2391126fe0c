"""kg: knowledge graphs from Chinese political news pages."""
__version__ = "0.1.0"


def view(source, **options):
    """An interactive view of a graph file or graph (see `kg.viewer.view`); shows itself in Jupyter."""
    from .viewer import view as _view

    return _view(source, **options)
