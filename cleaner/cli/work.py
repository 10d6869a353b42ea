"""The worker side: what one task is, how a worker cleans it, and what it reports back.

A :class:`Task` is a batch of items, all rendered in one format:

- :class:`FileItem`: a file the worker opens itself. A single-document file (``txt``/``html``) becomes one
  document; a container (``jsonl``/``warc``) is read whole (used where a worker should read its own
  container, as on Dask). With ``out`` set the worker writes the output file itself, atomically; without,
  it sends the rendered bytes back.
- :class:`DocItem`: one document the parent already read (a JSON Lines line, a WARC record, stdin), so a
  big container is cleaned by all workers at once.

A task's rendered chunks go back in order (:attr:`Report.chunks`) when ``task.sink`` is set; the parent
writes them to that output in ``task.seq`` order. Every cleaned document's id and MinHash signature go
back too (:attr:`Report.texts`), for the parent's duplicate finder. Learned site profiles travel in the settings
(once per worker); each text document is cleaned with its site's profile (:func:`cleaner.site.profile_for`:
the record's URL, else the input file's folder); pages get their site's profile too (learned from the
site's text documents). Everything that goes wrong with one document or one
file is caught here and reported (:attr:`Report.errors`); the run goes on.

Learning tasks (the first pass, :func:`learn_execute`) come before: the same items, read the same way,
but each text document is only digested for the site-profile learner (:attr:`Report.learned`); the
parent counts the digests. They write and report nothing (the clean pass reports what fails).
"""

from __future__ import annotations

import signal
import threading
import time
from collections.abc import Callable, Iterator, MutableSequence
from dataclasses import dataclass, field
from typing import Any

from ..core import Cleaner
from ..dedup import DuplicateFinder
from ..errors import CleanerError, DecodeError, InputTooLarge, Timeout
from ..io.atomic import AtomicWriter, atomic_write
from ..io.detect import DOC_KINDS, is_binary, is_html_document, open_input
from ..io.readers import WarcDoc, decode_text, iter_jsonl_lines, iter_warc, parse_record, read_limited
from ..io.writers import DocWriter, removed_lines, render
from ..result import Result
from ..site import LearnDigest, ProfileLearner, profile_for, site_key
from .settings import Settings

HTML_UNAVAILABLE = "HTML support not available"
# A task: up to FILE_BATCH files or DOC_BATCH records of a container, up to BATCH_BYTES of input.
FILE_BATCH = 32
LEARN = "learn"  # the ``fmt`` of a learning task (see :mod:`.learning`)
DOC_BATCH = 64
BATCH_BYTES = 256 * 1024
# What warming up cleans: the rule tables and gates every document needs are built on the first
# document whatever it holds. The regexes per first character of a line are not all compiled
# here: each worker compiles those its documents need (a few ms each, all workers at once),
# where compiling every one in the parent before forking would hold up small runs.
WARM_UP_TEXT = """date 2022-02-15 Tensions between the two countries eased on Tuesday, officials said.
Share this article
The talks will continue next week in the capital, according to people familiar with the plans.
"""


@dataclass(slots=True)
class FileItem:
    path: str
    label: str
    kind: str
    out: str | None = None
    size: int = 0


@dataclass(slots=True)
class DocItem:
    label: str
    kind: str  # txt, html (payload), jsonl (a raw line), warc (a WarcDoc)
    data: Any
    size: int = 0
    path: str | None = None  # the file it came from (its folder is the site when there is no URL)


@dataclass(slots=True)
class Task:
    items: list[Any]
    fmt: str
    sink: int | None = None
    seq: int = 0
    progress: int = 0  # input bytes this task accounts for (progress bar)
    order: int = -1  # place among all tasks of the run (the parent looks for duplicates in this order)


@dataclass(slots=True)
class Report:
    """What a task did. ``files``/``files_failed`` count input files finished by this task."""

    files: int = 0
    files_failed: int = 0
    docs: int = 0
    docs_failed: int = 0
    docs_skipped: int = 0
    bytes_in: int = 0
    bytes_out: int = 0
    lines: dict[str, int] = field(default_factory=dict)
    errors: list[tuple[str, str]] = field(default_factory=list)
    chunks: list[bytes] | None = None
    recycle: bool = False
    # per cleaned document, in order: (id, its signature for the duplicate finder, index in ``chunks`` or
    # -1, output file written by the worker or None); the cleaned text stands for the signature until
    # :func:`sign_texts` signs a batch of them
    texts: list[tuple[Any, Any, int, str | None]] = field(default_factory=list)
    # learning tasks (:func:`learn_execute`): per text document, in order, its site and LearnDigest
    learned: list[tuple[str, LearnDigest | None]] = field(default_factory=list)

    def merge(self, other: Report) -> None:
        self.files += other.files
        self.files_failed += other.files_failed
        self.docs += other.docs
        self.docs_failed += other.docs_failed
        self.docs_skipped += other.docs_skipped
        self.bytes_in += other.bytes_in
        self.bytes_out += other.bytes_out
        for name, n in other.lines.items():
            self.lines[name] = self.lines.get(name, 0) + n
        self.errors.extend(other.errors)
        self.recycle = self.recycle or other.recycle
        self.texts.extend(other.texts)

    def ok(self, result: Result, size: int) -> None:
        self.docs += 1
        self.bytes_in += size
        for name, n in removed_lines(result).items():
            self.lines[name] = self.lines.get(name, 0) + n

    def fail(self, label: str, reason: str, file: bool = False) -> None:
        self.docs_failed += 1
        if file:
            self.files_failed += 1
        self.errors.append((label, reason))


class WriteFailed(Exception):
    """An output file that cannot be written (reported as such, not as an input that cannot be read)."""

    def __init__(self, path: str, exc: OSError) -> None:
        super().__init__(f"cannot write {path}: {exc.strerror or exc}")


def _write_output(path: str, chunk: bytes) -> None:
    try:
        atomic_write(path, chunk)
    except OSError as exc:
        raise WriteFailed(path, exc) from exc


def reason_of(exc: BaseException) -> str:
    """A one-line reason for a failed document or file."""
    if isinstance(exc, WriteFailed):
        return str(exc)
    if isinstance(exc, EOFError):  # gzip's own error for a stream cut short
        return f"cannot read: truncated or incomplete compressed data ({exc})"
    if isinstance(exc, Timeout):
        return f"timed out ({exc})"
    if isinstance(exc, InputTooLarge):
        return f"too large ({exc})"
    if isinstance(exc, DecodeError):
        return str(exc)
    if isinstance(exc, CleanerError):
        return str(exc)
    if isinstance(exc, OSError):
        return f"cannot read: {exc.strerror or exc}"
    if isinstance(exc, RecursionError | MemoryError):
        return f"cannot process: {type(exc).__name__}"
    if isinstance(exc, ValueError | UnicodeError) or "lxml" in type(exc).__module__:
        return f"parse error: {type(exc).__name__}: {exc}"
    return f"failed: {type(exc).__name__}: {exc}"


class _Alarm:
    """Per-document time limit that interrupts the worker's main thread (regex matching included)."""

    __slots__ = ("seconds",)

    def __init__(self, seconds: float | None) -> None:
        self.seconds = seconds

    def __enter__(self) -> None:
        if self.seconds:
            signal.setitimer(signal.ITIMER_REAL, self.seconds)

    def __exit__(self, *exc: object) -> None:
        if self.seconds:
            signal.setitimer(signal.ITIMER_REAL, 0)


def _on_alarm(signum: int, frame: object) -> None:
    raise Timeout("the document took longer than --timeout")


class WorkerState:
    """Per-process state: the cleaner built from the settings, and how time limits are enforced."""

    def __init__(self, settings: Settings) -> None:
        self.settings = settings
        self.cleaner = Cleaner(settings.config)
        self.alarm = _Alarm(None)
        self._html_ready = False  # the HTML path loaded (see warm_up)
        self._language_ready = False  # langdetect's profiles loaded

    def enable_alarm(self) -> None:
        """Interrupt a document that runs past the time limit (only in a process's main thread)."""
        timeout = self.settings.timeout
        if timeout and threading.current_thread() is threading.main_thread():
            signal.signal(signal.SIGALRM, _on_alarm)
            # fires a little after the cooperative check in Cleaner, which gives the clearer message
            self.alarm = _Alarm(timeout * 1.2 + 0.05)

    def warm_up(self, html: bool = False, language: bool = True) -> None:
        """Compile rule tables, load language profiles (``language``) and the HTML path (``html``) once,
        before the first real document: forked workers inherit it, and a first document does not hit
        --timeout for work that is not its own."""
        try:
            self.explain_text(WARM_UP_TEXT, language)
            self._language_ready = self._language_ready or language
            signature(WARM_UP_TEXT)  # the duplicate signer (MinHash permutations) made once, here
            explain_html = getattr(self.cleaner, "explain_html", None)
            if html and explain_html is not None:
                body = "".join(f"<p>{line}</p>" for line in WARM_UP_TEXT.splitlines())
                explain_html(f"<html><head><title>Warm up</title></head><body><article>{body}</article></body></html>")
                self._html_ready = True
        except CleanerError:
            pass

    def _ready_for(self, html: bool, language: bool) -> None:
        """Warm up what a document needs that this process has not loaded yet (a worker that started on
        text meets its first page, or its first JSON Lines output), outside the document's time limit:
        loading the HTML path or langdetect is not the document's own work."""
        html = html and not self._html_ready
        language = language and not self._language_ready
        if html or language:
            self.warm_up(html=html, language=language)

    # -- one document -----------------------------------------------------------------------------
    def explain_text(self, text: str, language: bool = True, profile: Any = None) -> Result:
        """``Cleaner.explain_text``; without ``language`` the language is not worked out for display
        (langdetect costs more than cleaning, and only JSON Lines output shows it)."""
        return self.cleaner.explain_text(text, profile=profile, detect_language=language)

    def profile(self, url: str | None = None, path: str | None = None) -> Any:
        """The learned profile of a document's site, or None."""
        profiles = self.settings.profiles
        if not profiles:
            return None
        return profile_for(profiles, url=url, path=path)

    def clean(
        self,
        kind: str,
        data: bytes | str,
        url: str | None = None,
        charset: str | None = None,
        language: bool = True,
        path: str | None = None,
    ) -> Result:
        if kind == "html":
            explain_html: Callable[..., Result] | None = getattr(self.cleaner, "explain_html", None)
            if explain_html is None:
                raise CleanerError(HTML_UNAVAILABLE)
            self._ready_for(html=True, language=True)  # (a page's result names its language)
            with self.alarm:
                return explain_html(data, url=url, profile=self.profile(url, path))
        if isinstance(data, bytes):
            data = decode_text(data, charset)
        profile = self.profile(url, path)
        self._ready_for(html=False, language=language)
        with self.alarm:
            return self.explain_text(data, language, profile)


_SIGNER: DuplicateFinder | None = None


def _signer() -> DuplicateFinder:
    global _SIGNER
    if _SIGNER is None:
        _SIGNER = DuplicateFinder()
    return _SIGNER


def signature(text: str) -> Any:
    """The cleaned text's MinHash and LSH band keys (:meth:`DuplicateFinder.sign`), made here in
    the worker so the parent's duplicate finder only looks them up (keeps the parent off the
    critical path)."""
    return _signer().sign(text)


#: Documents whose cleaned texts wait in a report to be signed together (see :func:`sign_texts`).
SIGN_BATCH = 64


def sign_texts(report: Report, start: int = 0) -> None:
    """Replace the cleaned texts in ``report.texts[start:]`` by their signatures, made all at once
    (:meth:`~cleaner.dedup.DuplicateFinder.sign_many`: a batch of small documents shares numpy's
    per-call cost, most of what signing one small document costs)."""
    texts = report.texts
    todo = [i for i in range(start, len(texts)) if isinstance(texts[i][1], str)]
    if not todo:
        return
    signed = _signer().sign_many([texts[i][1] for i in todo])
    for i, sig in zip(todo, signed, strict=True):
        doc_id, _text, chunk, out = texts[i]
        texts[i] = (doc_id, sig, chunk, out)


def needs_language(task: Task) -> bool:
    """Whether a task's output shows the language (JSON Lines)."""
    return task.fmt == "jsonl"


def needs_html(task: Task, settings: Settings) -> bool:
    """Whether a task may hold pages (to warm the HTML path up with the rest)."""
    return any(
        item.kind in ("html", "warc") or (item.kind == "jsonl" and bool(settings.html_field)) for item in task.items
    )


# -- documents read by the parent -------------------------------------------------------------------
Cleaned = tuple[bytes, Result, Any]  # the rendered chunk, the result, the document's id


def _jsonl_doc(state: WorkerState, label: str, line: bytes, fmt: str, path: str | None = None) -> Cleaned:
    s = state.settings
    record = parse_record(line)
    drop: tuple[str, ...]
    if s.html_field and isinstance(record.get(s.html_field), str):
        kind, data, drop = "html", record[s.html_field], (s.html_field,)
    elif isinstance(record.get(s.text_field), str):
        kind, data, drop = "txt", record[s.text_field], ()
    else:
        wanted = " or ".join(repr(f) for f in (s.text_field, s.html_field) if f)
        raise DecodeError(f"record has no string field {wanted}")
    url = record.get(s.url_field)
    url = url if isinstance(url, str) else None
    result = state.clean(kind, data, url=url, language=fmt == "jsonl", path=path)
    chunk = render(
        fmt, result, label=label, base=record, text_field=s.text_field, explain=s.explain, duplicate_of=True, drop=drop
    )
    doc_id = record.get(s.id_field)
    return chunk, result, label if doc_id is None else doc_id


def _warc_doc(state: WorkerState, label: str, doc: WarcDoc, fmt: str) -> Cleaned:
    s = state.settings
    result = state.clean(doc.kind or "html", doc.payload, url=doc.url, charset=doc.charset, language=fmt == "jsonl")
    base = {s.id_field: doc.record_id, s.url_field: doc.url, "date": doc.date}
    chunk = render(fmt, result, label=label, base=base, text_field=s.text_field, explain=s.explain, duplicate_of=True)
    return chunk, result, doc.record_id or label


def _plain_doc(
    state: WorkerState, label: str, kind: str, data: bytes | str, fmt: str, path: str | None = None
) -> Cleaned:
    s = state.settings
    if isinstance(data, bytes) and is_binary(data[:8192]):
        raise DecodeError("binary file, not text")
    result = state.clean(kind, data, language=fmt == "jsonl", path=path)
    chunk = render(
        fmt,
        result,
        label=label,
        base={s.id_field: label},
        text_field=s.text_field,
        explain=s.explain,
        duplicate_of=True,
    )
    return chunk, result, label


def clean_item(state: WorkerState, item: DocItem, fmt: str) -> Cleaned:
    if item.kind == "jsonl":
        return _jsonl_doc(state, item.label, item.data, fmt, item.path)
    if item.kind == "warc":
        return _warc_doc(state, item.label, item.data, fmt)
    return _plain_doc(state, item.label, item.kind, item.data, fmt, item.path)


# -- containers read by the worker ----------------------------------------------------------------
def container_docs(
    kind: str, stream: Any, label: str, settings: Settings, report: Report, path: str | None = None
) -> Iterator[DocItem]:
    """Documents of a JSON Lines or WARC stream; records that are not documents are reported, not yielded."""
    if kind == "jsonl":
        for lineno, line in iter_jsonl_lines(stream, settings.max_bytes):
            doc_label = f"{label}:{lineno}"
            if line is None:
                report.fail(doc_label, f"too large (record is larger than --max-bytes={settings.max_bytes})")
                continue
            yield DocItem(doc_label, "jsonl", line, len(line), path)
    else:
        for n, doc in enumerate(iter_warc(stream, settings.max_bytes), start=1):
            doc_label = f"{label}#{n} {doc.url or doc.record_id}"
            if doc.error:
                report.fail(doc_label, doc.error)
            elif doc.skip:
                report.docs_skipped += 1
            else:
                yield DocItem(doc_label, "warc", doc, len(doc.payload))


def _process_file(state: WorkerState, item: FileItem, fmt: str, report: Report) -> None:
    """One input file, all of it; the output written to ``item.out`` or appended to ``report.chunks``."""
    settings = state.settings
    stream, _raw = open_input(item.path)
    with stream:
        if item.kind in DOC_KINDS:
            data = read_limited(stream, settings.max_bytes, "file")
            kind = "html" if item.kind == "txt" and is_html_document(data) else item.kind  # a page named .txt
            chunk, result, doc_id = _plain_doc(state, item.label, kind, data, fmt, item.path)
            if item.out is not None:
                _write_output(item.out, chunk)
                report.texts.append((doc_id, result.text, -1, item.out))
            else:
                assert report.chunks is not None
                report.texts.append((doc_id, result.text, len(report.chunks), None))
                report.chunks.append(chunk)
            report.ok(result, len(data))
            report.bytes_out += len(chunk)
            return
        try:
            writer = AtomicWriter(item.out) if item.out is not None else None
        except OSError as exc:
            raise WriteFailed(item.out or "", exc) from exc
        try:
            sink = DocWriter(writer.write, fmt) if writer is not None else None
            signed = len(report.texts)  # texts before this one are signed already
            for doc in container_docs(item.kind, stream, item.label, settings, report, item.path):
                try:
                    chunk, result, doc_id = clean_item(state, doc, fmt)
                except Exception as exc:  # one bad record does not fail the file
                    report.fail(doc.label, reason_of(exc))
                    report.recycle = report.recycle or isinstance(exc, Timeout)
                    continue
                if len(report.texts) - signed >= SIGN_BATCH:  # a long container: signed as it goes
                    sign_texts(report, signed)
                    signed = len(report.texts)
                if sink is not None:
                    sink.add(chunk)  # written here: duplicates are counted, not marked or dropped
                    report.texts.append((doc_id, result.text, -1, None))
                else:
                    assert report.chunks is not None
                    report.texts.append((doc_id, result.text, len(report.chunks), None))
                    report.chunks.append(chunk)  # the parent's writer puts the separators in
                    report.bytes_out += len(chunk)
                report.ok(result, doc.size)
            if writer is not None and sink is not None:
                writer.commit()
                report.bytes_out += sink.bytes_out
        finally:
            if writer is not None:
                writer.abort()


def execute(state: WorkerState, task: Task, progress: MutableSequence[float] | None = None) -> Report:
    """Run one task. ``progress`` (shared with the parent) says which item is under way and since when:
    ``[item index, start time (time.monotonic), 0]``; the parent kills a worker stuck past the limit."""
    report = Report(chunks=[] if task.sink is not None else None)
    for index, item in enumerate(task.items):
        if progress is not None:
            progress[0] = index
            progress[1] = time.monotonic()
        if isinstance(item, FileItem):
            sub = Report(chunks=[] if report.chunks is not None else None)
            try:
                _process_file(state, item, task.fmt, sub)
            except Exception as exc:
                report.fail(item.label, reason_of(exc), file=True)
                report.recycle = report.recycle or isinstance(exc, Timeout)
                report.merge(_without_output(sub))
                continue
            sub.files += 1
            chunks = sub.chunks
            sub.chunks = None
            offset = len(report.chunks) if report.chunks is not None else 0
            sub.texts = [(i, t, c + offset if c >= 0 else -1, o) for i, t, c, o in sub.texts]
            report.merge(sub)
            if report.chunks is not None and chunks:
                report.chunks.extend(chunks)
        else:
            try:
                chunk, result, doc_id = clean_item(state, item, task.fmt)
            except Exception as exc:
                report.fail(item.label, reason_of(exc))
                report.recycle = report.recycle or isinstance(exc, Timeout)
                continue
            report.ok(result, item.size)
            report.bytes_out += len(chunk)
            if report.chunks is not None:
                report.texts.append((doc_id, result.text, len(report.chunks), None))
                report.chunks.append(chunk)
            else:
                report.texts.append((doc_id, result.text, -1, None))
    sign_texts(report)
    if progress is not None:
        progress[1] = 0.0
    return report


# -- learning site profiles (the first pass) -----------------------------------------------------------
_LEARNERS: dict[str | None, ProfileLearner] = {}


def learner_for(settings: Settings) -> ProfileLearner:
    """The learner of a run's site profiles: the parent counts with one, workers make digests with one
    configured alike (:meth:`~cleaner.site.ProfileLearner.digest` depends only on its options)."""
    return ProfileLearner(language=settings.config.language)


def _digester(settings: Settings) -> ProfileLearner:
    """This process's learner for making digests (one per language; it holds no counts)."""
    language = settings.config.language
    learner = _LEARNERS.get(language)
    if learner is None:
        learner = _LEARNERS[language] = learner_for(settings)
    return learner


def warm_up_learning(state: WorkerState) -> None:
    """What digesting needs (stopwords, the MinHash permutations), once per process."""
    _digester(state.settings).digest(WARM_UP_TEXT)


def learn_item(
    state: WorkerState, item: FileItem | DocItem
) -> tuple[str, tuple[LearnDigest | None, str]] | None:
    """One text document's site and digest, not signed yet (see
    :meth:`~cleaner.site.ProfileLearner.digest_unsigned`): a ``.txt`` file, or a JSON Lines record's
    text field (None for a record that is a page or has no text; a record's URL names its site, else the
    file's folder)."""
    s = state.settings
    learner = _digester(s)
    if isinstance(item, FileItem):
        stream, _raw = open_input(item.path)
        with stream:
            data = read_limited(stream, s.max_bytes, "file")
        if is_html_document(data):
            return None  # a page named .txt: cleaned as a page, not learned from
        text = decode_text(data)
        with state.alarm:
            return site_key(None, item.path), learner.digest_unsigned(text)
    record = parse_record(item.data)
    if s.html_field and isinstance(record.get(s.html_field), str):
        return None  # cleaned as a page, without a profile
    body = record.get(s.text_field)
    if not isinstance(body, str):
        return None
    url = record.get(s.url_field)
    with state.alarm:
        return site_key(url if isinstance(url, str) else None, item.path), learner.digest_unsigned(body)


def run_task(state: WorkerState, task: Task, progress: MutableSequence[float] | None = None) -> Report:
    """What a worker of the ``clean`` command runs: a learning task (see :mod:`.learning`) or a clean
    task; one pool of workers runs both passes."""
    if task.fmt == LEARN:
        return learn_execute(state, task, progress)
    return execute(state, task, progress)


def warm_worker(state: WorkerState, task: Task) -> None:
    """A worker's warm-up, once, right after it is forked and before ``task``, its first: the rule
    tables every document needs (and the HTML path, or langdetect, when ``task`` says they are
    needed; later documents warm up what else they need as they come). A worker forked for the
    learning pass warms up for the clean pass too, which it goes on to run."""
    if task.fmt == LEARN:
        warm_up_learning(state)
        state.warm_up(html=False, language=False)
    else:
        state.warm_up(needs_html(task, state.settings), needs_language(task))


def learn_execute(state: WorkerState, task: Task, progress: MutableSequence[float] | None = None) -> Report:
    """A learning task: the digests of its documents, in order (``report.learned``). Nothing is written
    and nothing reported: a document that cannot be read or learned is left out, the clean pass
    reports it."""
    report = Report()
    unsigned: list[tuple[LearnDigest, str]] = []
    for index, item in enumerate(task.items):
        if progress is not None:
            progress[0] = index
            progress[1] = time.monotonic()
        try:
            learned = learn_item(state, item)
        except Exception as exc:
            report.recycle = report.recycle or isinstance(exc, Timeout)
            continue
        if learned is not None:
            site, (digest, body) = learned
            report.learned.append((site, digest))
            if digest is not None:
                unsigned.append((digest, body))
    try:
        with state.alarm:
            _digester(state.settings).sign_digests(unsigned)  # all at once (numpy's per-call cost paid once)
    except Exception as exc:  # unsigned, the documents still count (none is taken for a near-duplicate)
        report.recycle = report.recycle or isinstance(exc, Timeout)
    if progress is not None:
        progress[1] = 0.0
    return report


def _without_output(sub: Report) -> Report:
    sub.chunks = None
    sub.bytes_out = 0
    sub.texts = []
    return sub
