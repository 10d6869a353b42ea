"""Cleaning on Dask: bags, dataframes, and the ``clean --dask ADDRESS`` executor.

Install the extra (``pip install 'cleaner[dask]'``) on the client and on every worker.

>>> import dask.bag as db
>>> from cleaner.dask import clean_bag
>>> texts = db.from_sequence(["Putin met Scholz in Moscow on Tuesday for talks.\\nShare this article"])
>>> clean_bag(texts).compute()
['Putin met Scholz in Moscow on Tuesday for talks.']

- :func:`clean_bag`: a bag of strings (text, or HTML with ``html=True``) or of dict records (like the
  CLI's JSON Lines input: ``text_field``/``html_field``, other fields pass through) in, cleaned out.
- :func:`clean_dataframe`: a column of a Dask dataframe cleaned, with the detected language beside it.
- :class:`DaskExecutor`: what ``clean ... --dask tcp://scheduler:8786`` runs on. Workers read and write
  files themselves, so inputs and the output folder must be on storage every worker sees at the same
  path (a shared file system); an output to stdout or to one file is written by the client.

A :class:`~cleaner.core.Cleaner` is built once per worker process per configuration and reused for every
partition. The per-document time limit (``timeout``) is checked between passes on Dask (workers run
tasks in threads, where a document cannot be interrupted from outside).
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable, Iterable, Iterator
from typing import Any

from .config import Config
from .core import Cleaner
from .errors import CleanerError
from .result import Result

_ON_ERROR = ("raise", "skip", "keep")
_CLEANERS: dict[Config, Cleaner] = {}


def _config(config: Config | None, options: dict[str, Any]) -> Config:
    config = config or Config()
    return config.merged(**options) if options else config


def _cleaner(config: Config) -> Cleaner:
    cleaner = _CLEANERS.get(config)
    if cleaner is None:
        cleaner = _CLEANERS[config] = Cleaner(config)
    return cleaner


def _explain(cleaner: Cleaner, value: Any, html: bool, url: str | None = None) -> Result:
    if html:
        explain_html: Callable[..., Result] | None = getattr(cleaner, "explain_html", None)
        if explain_html is None:
            raise CleanerError("HTML support not available")
        return explain_html(value, url=url)
    if isinstance(value, bytes):
        from .io.readers import decode_text

        value = decode_text(value)
    return cleaner.explain_text(value)


# -- bags -------------------------------------------------------------------------------------------------
def _clean_element(
    cleaner: Cleaner,
    item: Any,
    html: bool,
    explain: bool,
    text_field: str,
    html_field: str | None,
    url_field: str,
) -> Any:
    if isinstance(item, dict):
        from .io.writers import result_fields

        if html_field and isinstance(item.get(html_field), str | bytes):
            result = _explain(cleaner, item[html_field], True, item.get(url_field))
            record = {k: v for k, v in item.items() if k != html_field}
        elif isinstance(item.get(text_field), str | bytes):
            result = _explain(cleaner, item[text_field], html, item.get(url_field))
            record = dict(item)
        else:
            wanted = " or ".join(repr(f) for f in (text_field, html_field) if f)
            raise CleanerError(f"record has no string field {wanted}")
        record[text_field] = result.text
        record.update(result_fields(result, explain))
        return record
    result = _explain(cleaner, item, html)
    return result.to_dict() if explain else result.text


def _clean_partition(
    items: Iterable[Any],
    config: Config,
    html: bool,
    explain: bool,
    text_field: str,
    html_field: str | None,
    url_field: str,
    on_error: str,
) -> list[Any]:
    cleaner = _cleaner(config)
    out: list[Any] = []
    for item in items:
        try:
            out.append(_clean_element(cleaner, item, html, explain, text_field, html_field, url_field))
        except CleanerError as exc:
            if on_error == "raise":
                raise
            if on_error == "keep":
                if isinstance(item, dict):
                    out.append({**item, text_field: None, "error": str(exc)})
                else:
                    out.append(None)
    return out


def clean_bag(
    bag: Any,
    config: Config | None = None,
    *,
    html: bool = False,
    explain: bool = False,
    text_field: str = "text",
    html_field: str | None = "html",
    url_field: str = "url",
    on_error: str = "raise",
    **options: Any,
) -> Any:
    """Clean every element of a ``dask.bag.Bag``.

    Strings (or bytes) become cleaned strings (``explain=True``: :meth:`Result.to_dict` dicts); with
    ``html=True`` they are pages. Dicts are records: ``html_field`` (when present) is cleaned as HTML,
    else ``text_field`` as text; the result is the record with ``text_field`` set to the cleaned text,
    ``html_field`` dropped, ``language``, ``metadata`` (and ``removed`` with ``explain``) added, every other
    field untouched. ``on_error``: ``raise`` (default), ``skip`` (drop the element) or ``keep`` (None, or
    the record with ``text_field`` None and an ``error``). ``options`` are :class:`Config` fields.
    """
    if on_error not in _ON_ERROR:
        raise ValueError(f"on_error must be one of {', '.join(_ON_ERROR)}")
    cfg = _config(config, options)
    return bag.map_partitions(_clean_partition, cfg, html, explain, text_field, html_field, url_field, on_error)


# -- dataframes -------------------------------------------------------------------------------------------
def _clean_frame(
    pdf: Any,
    column: str,
    out: str,
    config: Config,
    html: bool,
    language_column: str | None,
    explain: bool,
    on_error: str,
) -> Any:
    import pandas as pd

    cleaner = _cleaner(config)
    texts: list[Any] = []
    languages: list[Any] = []
    removed: list[Any] = []
    keep = []
    for value in pdf[column]:
        try:
            if value is None or (isinstance(value, float) and value != value):
                raise CleanerError("missing value")
            result = _explain(cleaner, value, html)
        except CleanerError:
            if on_error == "raise":
                raise
            keep.append(on_error == "keep")
            texts.append(None)
            languages.append(None)
            removed.append(None)
            continue
        keep.append(True)
        texts.append(result.text)
        languages.append(result.language)
        removed.append([r.to_dict() for r in result.removed])
    frame = pdf.copy()
    frame[out] = pd.Series(texts, index=pdf.index, dtype=object)
    if language_column:
        frame[language_column] = pd.Series(languages, index=pdf.index, dtype=object)
    if explain:
        frame["removed"] = pd.Series(removed, index=pdf.index, dtype=object)
    if not all(keep):
        frame = frame[pd.Series(keep, index=pdf.index, dtype=bool)]
    return frame


def clean_dataframe(
    df: Any,
    column: str = "text",
    config: Config | None = None,
    *,
    html: bool = False,
    output_column: str | None = None,
    language_column: str | None = "language",
    explain: bool = False,
    on_error: str = "raise",
    **options: Any,
) -> Any:
    """Clean ``column`` of a ``dask.dataframe.DataFrame`` (text, or HTML with ``html=True``).

    The cleaned text replaces ``column`` (or goes to ``output_column``); the language goes to
    ``language_column`` (None: not added); ``explain=True`` adds a ``removed`` column (lists of removal
    dicts). ``on_error``: ``raise``, ``skip`` (drop the row) or ``keep`` (None). ``options`` are
    :class:`Config` fields.
    """
    if on_error not in _ON_ERROR:
        raise ValueError(f"on_error must be one of {', '.join(_ON_ERROR)}")
    if column not in df.columns:
        raise KeyError(f"no column {column!r} in the dataframe")
    cfg = _config(config, options)
    args = (column, output_column or column, cfg, html, language_column, explain, on_error)
    meta = _clean_frame(df._meta, *args)
    return df.map_partitions(_clean_frame, *args, meta=meta)


# -- the CLI on a cluster ---------------------------------------------------------------------------------
_STATES: dict[Any, Any] = {}


def _run_task(settings: Any, task: Any) -> Any:
    """One CLI task on a Dask worker (the same function local worker processes run)."""
    from .cli.work import WorkerState, execute

    state = _STATES.get(settings)
    if state is None:
        state = _STATES[settings] = WorkerState(settings)
    state.settings = settings  # equal settings may carry other site profiles (not part of equality)
    return execute(state, task)


class DaskExecutor:
    """Runs the CLI's tasks on a Dask cluster: a bounded number in flight, results as they complete."""

    def __init__(
        self, address: str, settings: Any, fn: Callable[[Any, Any], Any] = _run_task, client: Any = None
    ) -> None:
        try:
            from distributed import Client
        except ImportError as exc:
            raise CleanerError("--dask needs dask.distributed: pip install 'cleaner[dask]'") from exc
        # connect timeout: dask's distributed.comm.timeouts.connect (30s unless configured)
        self.client = client if client is not None else Client(address)  # type: ignore[no-untyped-call]
        self.settings = settings
        self.fn = fn
        self._shipped: Any = None  # the settings scattered to every worker once (they carry site profiles)
        self.futures: dict[Any, tuple[Any, Any]] = {}
        threads = sum(self.client.nthreads().values()) or 1
        self.window = 2 * threads

    def run(self, tasks: Iterator[Any], on_result: Callable[[Any, Any], None], can_pull: Callable[[], bool]) -> None:
        from distributed import as_completed

        from .cli.work import FileItem, Report

        done = as_completed()  # type: ignore[no-untyped-call]
        exhausted = False
        while True:
            while not exhausted and len(self.futures) < self.window and (can_pull() or not self.futures):
                try:
                    task = next(tasks)
                except StopIteration:
                    exhausted = True
                    break
                future = self.client.submit(self.fn, self._settings_arg(), task, pure=False)
                self.futures[future.key] = (future, task)
                done.add(future)  # type: ignore[no-untyped-call]
            if not self.futures:
                return
            future = next(done)
            _, task = self.futures.pop(future.key)
            try:
                report = future.result()
            except Exception as exc:  # the worker died or the task could not run: its items failed
                reason = f"failed on the cluster: {type(exc).__name__}: {exc}"
                report = Report(chunks=[] if task.sink is not None else None)
                for item in task.items:
                    report.fail(item.label, reason, file=isinstance(item, FileItem))
            on_result(task, report)

    def _settings_arg(self) -> Any:
        """The settings once per worker, not once per task, when they carry site profiles."""
        if not getattr(self.settings, "profiles", None):
            return self.settings
        if self._shipped is None:
            try:
                self._shipped = self.client.scatter(self.settings, broadcast=True, hash=False)
            except Exception:  # a client that cannot scatter: send them with each task
                self._shipped = self.settings
        return self._shipped

    def terminate(self) -> list[tuple[int, Any]]:
        for future, _task in self.futures.values():
            future.cancel()
        self.futures.clear()
        self.close()
        return []

    def close(self) -> None:
        with contextlib.suppress(Exception):  # closing an already-closed or lost client
            self.client.close()
