"""Residue passes, one module per family (the structure family in two: edge passes in
``structure``, block passes in ``blocks``); shared machinery in ``base``. The pipeline order
lives in ``cleaner.pipeline``."""
