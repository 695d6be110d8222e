"""studydeck: podcast episode notes into spaced-repetition cards."""

__version__ = "0.1.0"
