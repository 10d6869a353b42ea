"""The ``clean`` command (``clean --help``; ``python -m cleaner``); see ``docs/cli.md``.

- :mod:`.main`: argument parsing, configuration, exit statuses;
- :mod:`.plan`: inputs walked, outputs mapped, unsafe setups refused, resume state;
- :mod:`.settings`: what a run does to each document, shipped once to every worker;
- :mod:`.runner`: the job: tasks made, run, results written in order, progress and summary;
- :mod:`.learning`: the learning pass (site profiles) before the clean pass;
- :mod:`.sinks`: ordered outputs (one file or stdout); :mod:`.summary`: progress bar and totals;
- :mod:`.pool`: worker processes with a watchdog; :mod:`.work`: what a worker does with a task.
"""

from __future__ import annotations

from .main import main

__all__ = ["main"]
