"""kg: knowledge graphs from Chinese political news pages."""
__version__ = "0.1.0"
