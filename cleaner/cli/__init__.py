"""The ``clean`` command (``clean --help``; ``python -m cleaner``); see ``docs/cli.md``.

- :mod:`.main`: argument parsing, configuration, exit statuses;
- :mod:`.plan`: inputs walked, outputs mapped, unsafe setups refused, resume state;
- :mod:`.runner`: the job: tasks made, run, results written in order, progress and summary;
- :mod:`.pool`: worker processes with a watchdog; :mod:`.work`: what a worker does with a task.
"""

from __future__ import annotations

from .main import main

__all__ = ["main"]
