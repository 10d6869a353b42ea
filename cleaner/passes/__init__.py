"""Residue passes, one module per family. The pipeline order lives in ``cleaner.pipeline``."""
