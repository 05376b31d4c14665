"""hulpwijzer: YAML in, print-ready multilingual help guides out."""

__version__ = "0.1.0"
