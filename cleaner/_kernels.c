/* C kernels of the per-line measurements: what mypyc cannot make cheap because CPython's own operations
 * allocate (a str object per word, hashed, looked up and freed again).
 *
 * - count_words(text, WordSet(words)) is ``len(text.split())`` and how many of those words are in ``words``:
 *   the stopword share of every line's sample (cleaner/textstats.py: ``measure``).
 * - vote_words(text, VoteTable(votes, width)) is ``len(text.split())`` and each language's votes, summed as
 *   ``for w in text.split(): for n, share in votes.get(w, ()): scores[n] += share`` (the same additions in the
 *   same order: the same floats): the language guess (cleaner/language.py: ``_votes``).
 *
 * - blank(text, CharSet(chars)) is ``text`` with each character of ``chars`` made a space (``text.translate(
 *   {ord(c): " " for c in chars})``): the punctuation blanked out of the text before its words are read, in one
 *   pass where the plain code makes a scan and a copy a punctuation mark.
 *
 * - holds(text, CharSet(chars)) is ``any(c in chars for c in text)``: whether a text holds a character of a
 *   script written without spaces, where the plain code encodes the text to look for those scripts' lead bytes.
 *
 * - normal_lines(text) is ``[" ".join(line.split()) for line in text.splitlines()]``: a document's lines with
 *   their whitespace normalised (cleaner/document.py), in one pass where the plain code splits the text, then
 *   scans each line for odd spaces.
 *
 * - adjacent(text, CharSet(first), CharSet(second)) is whether ``re.search("[first][second]", text)`` finds a
 *   match: a lower-case letter right before a capital, where a teaser's headline is glued to its summary.
 *
 * - spaced(text, CharSet(marks)) is whether a character of ``marks`` stands between two whitespace characters: a
 *   separator between the parts of a metadata line ("Paris - 12 May | Sport").
 *
 * - lower(text) is ``text.lower()`` (None for the two characters str.lower maps otherwise than one by one): the
 *   text folded for the vocabularies and the language guess, in one pass where str.lower looks up every
 *   character's full case mapping.
 *
 * Words are split where str.split() splits them (Py_UNICODE_ISSPACE, as CPython's own split) and looked up by
 * their code points without being made into str objects. The Python modules hold the plain code these must
 * equal, and run it where this module was not built; tests/test_kernels.py holds the two equal.
 *
 * Built by setup.py with the mypyc modules (optional: without a C compiler the package runs the plain code).
 */
#define PY_SSIZE_T_CLEAN
#include <Python.h>
#include <stdint.h>

#define FNV_OFFSET 1469598103934665603ULL
#define FNV_PRIME 1099511628211ULL

/* Words (str) looked up by a run of a text's code points: open addressing, linear probing, at most half full. */
typedef struct {
    Py_ssize_t mask;   /* slots - 1 (slots: a power of two) */
    PyObject **words;  /* each slot: a str (owned) or NULL */
    uint64_t *hashes;
    Py_ssize_t count;
} Table;

static uint64_t
hash_run(int kind, const void *data, Py_ssize_t start, Py_ssize_t end)
{
    uint64_t h = FNV_OFFSET;
    for (Py_ssize_t i = start; i < end; i++) {
        h = (h ^ (uint64_t)PyUnicode_READ(kind, data, i)) * FNV_PRIME;
    }
    return h;
}

/* ``SCAN(TYPE)`` for the form of the text a kernel reads (``kind``: one, two or four bytes a character), each loop
   compiled for its width. */
#define BY_KIND(SCAN)                                                                       \
    do {                                                                                    \
        if (kind == PyUnicode_1BYTE_KIND) {                                                 \
            SCAN(Py_UCS1);                                                                  \
        }                                                                                   \
        else if (kind == PyUnicode_2BYTE_KIND) {                                            \
            SCAN(Py_UCS2);                                                                  \
        }                                                                                   \
        else {                                                                              \
            SCAN(Py_UCS4);                                                                  \
        }                                                                                   \
    } while (0)

/* Whether ``word`` (a str) holds exactly the code points of data[start:end]. */
static int
same_run(PyObject *word, int kind, const void *data, Py_ssize_t start, Py_ssize_t end)
{
    Py_ssize_t n = end - start;
    if (PyUnicode_GET_LENGTH(word) != n) {
        return 0;
    }
    int wkind = PyUnicode_KIND(word);
    const void *wdata = PyUnicode_DATA(word);
    for (Py_ssize_t i = 0; i < n; i++) {
        if (PyUnicode_READ(wkind, wdata, i) != PyUnicode_READ(kind, data, start + i)) {
            return 0;
        }
    }
    return 1;
}

/* The slot holding data[start:end] (whose hash_run is ``h``), or -1. */
static Py_ssize_t
table_find(const Table *t, uint64_t h, int kind, const void *data, Py_ssize_t start, Py_ssize_t end)
{
    Py_ssize_t i = (Py_ssize_t)(h & (uint64_t)t->mask);
    while (t->words[i] != NULL) {
        if (t->hashes[i] == h && same_run(t->words[i], kind, data, start, end)) {
            return i;
        }
        i = (i + 1) & t->mask;
    }
    return -1;
}

static int
table_init(Table *t, Py_ssize_t n)
{
    Py_ssize_t slots = 8;
    while (slots < 2 * n + 2) {
        slots *= 2;
    }
    t->mask = slots - 1;
    t->count = 0;
    t->words = PyMem_Calloc((size_t)slots, sizeof(PyObject *));
    t->hashes = PyMem_Calloc((size_t)slots, sizeof(uint64_t));
    if (t->words == NULL || t->hashes == NULL) {
        PyErr_NoMemory();
        return -1;
    }
    return 0;
}

/* Put ``word`` in: its slot (a new one, or the one already holding it); -1 with an error set if it is no str. */
static Py_ssize_t
table_add(Table *t, PyObject *word, int *added)
{
    if (!PyUnicode_Check(word)) {
        PyErr_Format(PyExc_TypeError, "the words must be str, not %.100s", Py_TYPE(word)->tp_name);
        return -1;
    }
    int kind = PyUnicode_KIND(word);
    const void *data = PyUnicode_DATA(word);
    Py_ssize_t len = PyUnicode_GET_LENGTH(word);
    uint64_t h = hash_run(kind, data, 0, len);
    Py_ssize_t found = table_find(t, h, kind, data, 0, len);
    *added = found < 0;
    if (found >= 0) {
        return found;
    }
    Py_ssize_t i = (Py_ssize_t)(h & (uint64_t)t->mask);
    while (t->words[i] != NULL) {
        i = (i + 1) & t->mask;
    }
    Py_INCREF(word);
    t->words[i] = word;
    t->hashes[i] = h;
    t->count++;
    return i;
}

static void
table_free(Table *t)
{
    if (t->words != NULL) {
        for (Py_ssize_t i = 0; i <= t->mask; i++) {
            Py_XDECREF(t->words[i]);
        }
        PyMem_Free(t->words);
        t->words = NULL;
    }
    PyMem_Free(t->hashes);
    t->hashes = NULL;
}

/* The words of a str, split as str.split() splits them: for each, ``ON_WORD(h, i, j)`` with its hash_run ``h``
 * and its bounds [i, j). One loop per string kind. */
#define FOR_EACH_WORD(text, ON_WORD)                                                        \
    do {                                                                                    \
        int kind_ = PyUnicode_KIND(text);                                                   \
        const void *data_ = PyUnicode_DATA(text);                                           \
        Py_ssize_t end_ = PyUnicode_GET_LENGTH(text);                                       \
        if (kind_ == PyUnicode_1BYTE_KIND) {                                                \
            WORD_LOOP(Py_UCS1, kind_, data_, end_, ON_WORD);                                \
        }                                                                                   \
        else if (kind_ == PyUnicode_2BYTE_KIND) {                                           \
            WORD_LOOP(Py_UCS2, kind_, data_, end_, ON_WORD);                                \
        }                                                                                   \
        else {                                                                              \
            WORD_LOOP(Py_UCS4, kind_, data_, end_, ON_WORD);                                \
        }                                                                                   \
    } while (0)

#define WORD_LOOP(TYPE, kind, data, end, ON_WORD)                                           \
    do {                                                                                    \
        const TYPE *p_ = (const TYPE *)(data);                                              \
        Py_ssize_t i_ = 0;                                                                  \
        while (i_ < (end)) {                                                                \
            Py_UCS4 c_ = p_[i_];                                                            \
            if (Py_UNICODE_ISSPACE(c_)) {                                                   \
                i_++;                                                                       \
                continue;                                                                   \
            }                                                                               \
            Py_ssize_t j_ = i_;                                                             \
            uint64_t h_ = FNV_OFFSET;                                                       \
            for (;;) {                                                                      \
                h_ = (h_ ^ (uint64_t)c_) * FNV_PRIME;                                       \
                if (++j_ >= (end)) {                                                        \
                    break;                                                                  \
                }                                                                           \
                c_ = p_[j_];                                                                \
                if (Py_UNICODE_ISSPACE(c_)) {                                               \
                    break;                                                                  \
                }                                                                           \
            }                                                                               \
            ON_WORD(h_, kind, data, i_, j_);                                                \
            i_ = j_;                                                                        \
        }                                                                                   \
    } while (0)

/* ---- WordSet ------------------------------------------------------------------------------------------------ */

typedef struct {
    PyObject_HEAD
    Table table;
} WordSetObject;

static void
wordset_dealloc(WordSetObject *self)
{
    table_free(&self->table);
    Py_TYPE(self)->tp_free((PyObject *)self);
}

static PyObject *
wordset_new(PyTypeObject *type, PyObject *args, PyObject *kwds)
{
    PyObject *iterable;
    static char *kwlist[] = {"words", NULL};
    if (!PyArg_ParseTupleAndKeywords(args, kwds, "O:WordSet", kwlist, &iterable)) {
        return NULL;
    }
    PyObject *items = PySequence_List(iterable);
    if (items == NULL) {
        return NULL;
    }
    WordSetObject *self = (WordSetObject *)type->tp_alloc(type, 0);
    if (self == NULL || table_init(&self->table, PyList_GET_SIZE(items)) < 0) {
        Py_DECREF(items);
        Py_XDECREF(self);
        return NULL;
    }
    for (Py_ssize_t k = 0; k < PyList_GET_SIZE(items); k++) {
        int added;
        if (table_add(&self->table, PyList_GET_ITEM(items, k), &added) < 0) {
            Py_DECREF(items);
            Py_DECREF(self);
            return NULL;
        }
    }
    Py_DECREF(items);
    return (PyObject *)self;
}

static Py_ssize_t
wordset_len(WordSetObject *self)
{
    return self->table.count;
}

static int
wordset_contains(WordSetObject *self, PyObject *key)
{
    if (!PyUnicode_Check(key)) {
        return 0;
    }
    int kind = PyUnicode_KIND(key);
    const void *data = PyUnicode_DATA(key);
    Py_ssize_t len = PyUnicode_GET_LENGTH(key);
    return table_find(&self->table, hash_run(kind, data, 0, len), kind, data, 0, len) >= 0;
}

static PySequenceMethods wordset_as_sequence = {
    .sq_length = (lenfunc)wordset_len,
    .sq_contains = (objobjproc)wordset_contains,
};

static PyTypeObject WordSetType = {
    PyVarObject_HEAD_INIT(NULL, 0)
    .tp_name = "cleaner._kernels.WordSet",
    .tp_doc = PyDoc_STR("WordSet(words): a set of str that count_words looks a text's words up in."),
    .tp_basicsize = sizeof(WordSetObject),
    .tp_itemsize = 0,
    .tp_flags = Py_TPFLAGS_DEFAULT,
    .tp_new = wordset_new,
    .tp_dealloc = (destructor)wordset_dealloc,
    .tp_as_sequence = &wordset_as_sequence,
};

/* ---- VoteTable ---------------------------------------------------------------------------------------------- */

typedef struct {
    PyObject_HEAD
    Table table;
    Py_ssize_t width;     /* how many languages (the scores' length) */
    Py_ssize_t *first;    /* per slot: where its votes start in langs/shares */
    Py_ssize_t *nvotes;   /* per slot: how many */
    Py_ssize_t *langs;
    double *shares;
} VoteTableObject;

static void
votetable_dealloc(VoteTableObject *self)
{
    table_free(&self->table);
    PyMem_Free(self->first);
    PyMem_Free(self->nvotes);
    PyMem_Free(self->langs);
    PyMem_Free(self->shares);
    Py_TYPE(self)->tp_free((PyObject *)self);
}

static PyObject *
votetable_new(PyTypeObject *type, PyObject *args, PyObject *kwds)
{
    PyObject *votes;
    Py_ssize_t width;
    static char *kwlist[] = {"votes", "width", NULL};
    if (!PyArg_ParseTupleAndKeywords(args, kwds, "O!n:VoteTable", kwlist, &PyDict_Type, &votes, &width)) {
        return NULL;
    }
    if (width < 0) {
        PyErr_SetString(PyExc_ValueError, "VoteTable: width must not be negative");
        return NULL;
    }
    Py_ssize_t n = PyDict_GET_SIZE(votes);
    VoteTableObject *self = (VoteTableObject *)type->tp_alloc(type, 0);
    if (self == NULL) {
        return NULL;
    }
    self->width = width;
    if (table_init(&self->table, n) < 0) {
        Py_DECREF(self);
        return NULL;
    }
    Py_ssize_t slots = self->table.mask + 1;
    self->first = PyMem_Calloc((size_t)slots, sizeof(Py_ssize_t));
    self->nvotes = PyMem_Calloc((size_t)slots, sizeof(Py_ssize_t));
    /* (the votes' total is not known before the walk: grown as they come) */
    Py_ssize_t cap = 2 * n + 8, used = 0;
    self->langs = PyMem_Malloc((size_t)cap * sizeof(Py_ssize_t));
    self->shares = PyMem_Malloc((size_t)cap * sizeof(double));
    if (self->first == NULL || self->nvotes == NULL || self->langs == NULL || self->shares == NULL) {
        Py_DECREF(self);
        return PyErr_NoMemory();
    }
    PyObject *word, *hit;
    Py_ssize_t pos = 0;
    while (PyDict_Next(votes, &pos, &word, &hit)) {
        int added;
        Py_ssize_t slot = table_add(&self->table, word, &added);
        if (slot < 0) {
            Py_DECREF(self);
            return NULL;
        }
        PyObject *seq = PySequence_Fast(hit, "VoteTable: each word's votes must be a sequence of (index, share)");
        if (seq == NULL) {
            Py_DECREF(self);
            return NULL;
        }
        Py_ssize_t m = PySequence_Fast_GET_SIZE(seq);
        if (used + m > cap) {
            while (used + m > cap) {
                cap *= 2;
            }
            Py_ssize_t *langs = PyMem_Realloc(self->langs, (size_t)cap * sizeof(Py_ssize_t));
            if (langs != NULL) {
                self->langs = langs;
            }
            double *shares = PyMem_Realloc(self->shares, (size_t)cap * sizeof(double));
            if (shares != NULL) {
                self->shares = shares;
            }
            if (langs == NULL || shares == NULL) {
                Py_DECREF(seq);
                Py_DECREF(self);
                return PyErr_NoMemory();
            }
        }
        self->first[slot] = used;
        self->nvotes[slot] = m;
        for (Py_ssize_t k = 0; k < m; k++) {
            Py_ssize_t lang;
            double share;
            if (!PyArg_ParseTuple(PySequence_Fast_GET_ITEM(seq, k), "nd", &lang, &share)) {
                Py_DECREF(seq);
                Py_DECREF(self);
                return NULL;
            }
            if (lang < 0 || lang >= width) {
                PyErr_Format(PyExc_ValueError, "VoteTable: language index %zd outside 0..%zd", lang, width - 1);
                Py_DECREF(seq);
                Py_DECREF(self);
                return NULL;
            }
            self->langs[used] = lang;
            self->shares[used] = share;
            used++;
        }
        Py_DECREF(seq);
    }
    return (PyObject *)self;
}

static Py_ssize_t
votetable_len(VoteTableObject *self)
{
    return self->table.count;
}

static PySequenceMethods votetable_as_sequence = {
    .sq_length = (lenfunc)votetable_len,
};

static PyTypeObject VoteTableType = {
    PyVarObject_HEAD_INIT(NULL, 0)
    .tp_name = "cleaner._kernels.VoteTable",
    .tp_doc = PyDoc_STR("VoteTable(votes, width): each word's votes, (language index, share) pairs, for vote_words."),
    .tp_basicsize = sizeof(VoteTableObject),
    .tp_itemsize = 0,
    .tp_flags = Py_TPFLAGS_DEFAULT,
    .tp_new = votetable_new,
    .tp_dealloc = (destructor)votetable_dealloc,
    .tp_as_sequence = &votetable_as_sequence,
};

/* ---- CharSet ------------------------------------------------------------------------------------------------ */

typedef struct {
    PyObject_HEAD
    unsigned char bmp[0x10000 / 8];  /* a bit per character below U+10000 */
    Py_UCS4 *wide;                   /* the others */
    Py_ssize_t nwide;
    Py_ssize_t count;
    Py_UCS4 narrowest;               /* the lowest character (0x110000: none) */
} CharSetObject;

static inline int
charset_has(const CharSetObject *self, Py_UCS4 c)
{
    if (c < 0x10000) {
        return (self->bmp[c >> 3] >> (c & 7)) & 1;
    }
    for (Py_ssize_t k = 0; k < self->nwide; k++) {
        if (self->wide[k] == c) {
            return 1;
        }
    }
    return 0;
}

static void
charset_dealloc(CharSetObject *self)
{
    PyMem_Free(self->wide);
    Py_TYPE(self)->tp_free((PyObject *)self);
}

static PyObject *
charset_new(PyTypeObject *type, PyObject *args, PyObject *kwds)
{
    PyObject *chars;
    static char *kwlist[] = {"chars", NULL};
    if (!PyArg_ParseTupleAndKeywords(args, kwds, "U:CharSet", kwlist, &chars)) {
        return NULL;
    }
    CharSetObject *self = (CharSetObject *)type->tp_alloc(type, 0);  /* (zeroed) */
    if (self == NULL) {
        return NULL;
    }
    Py_ssize_t n = PyUnicode_GET_LENGTH(chars);
    int kind = PyUnicode_KIND(chars);
    const void *data = PyUnicode_DATA(chars);
    self->narrowest = 0x110000;
    self->wide = PyMem_Malloc((size_t)(n ? n : 1) * sizeof(Py_UCS4));
    if (self->wide == NULL) {
        Py_DECREF(self);
        return PyErr_NoMemory();
    }
    for (Py_ssize_t i = 0; i < n; i++) {
        Py_UCS4 c = PyUnicode_READ(kind, data, i);
        if (charset_has(self, c)) {
            continue;
        }
        if (c < self->narrowest) {
            self->narrowest = c;
        }
        if (c < 0x10000) {
            self->bmp[c >> 3] |= (unsigned char)(1u << (c & 7));
        }
        else {
            self->wide[self->nwide++] = c;
        }
        self->count++;
    }
    return (PyObject *)self;
}

static Py_ssize_t
charset_len(CharSetObject *self)
{
    return self->count;
}

static int
charset_contains(CharSetObject *self, PyObject *key)
{
    if (!PyUnicode_Check(key) || PyUnicode_GET_LENGTH(key) != 1) {
        return 0;
    }
    return charset_has(self, PyUnicode_READ_CHAR(key, 0));
}

static PySequenceMethods charset_as_sequence = {
    .sq_length = (lenfunc)charset_len,
    .sq_contains = (objobjproc)charset_contains,
};

static PyTypeObject CharSetType = {
    PyVarObject_HEAD_INIT(NULL, 0)
    .tp_name = "cleaner._kernels.CharSet",
    .tp_doc = PyDoc_STR("CharSet(chars): the characters of a str, which blank makes spaces."),
    .tp_basicsize = sizeof(CharSetObject),
    .tp_itemsize = 0,
    .tp_flags = Py_TPFLAGS_DEFAULT,
    .tp_new = charset_new,
    .tp_dealloc = (destructor)charset_dealloc,
    .tp_as_sequence = &charset_as_sequence,
};

/* ---- functions ---------------------------------------------------------------------------------------------- */

static int
check_args(Py_ssize_t nargs, PyObject *const *args, PyTypeObject *type, const char *name)
{
    if (nargs != 2) {
        PyErr_Format(PyExc_TypeError, "%s(text, table) takes exactly two arguments", name);
        return -1;
    }
    if (!PyUnicode_Check(args[0])) {
        PyErr_Format(PyExc_TypeError, "%s: text must be a str", name);
        return -1;
    }
    if (!PyObject_TypeCheck(args[1], type)) {
        PyErr_Format(PyExc_TypeError, "%s: the table must be a %s", name, type->tp_name);
        return -1;
    }
    return 0;
}

#define COUNT_ONE(h, kind, data, i, j)                                                      \
    do {                                                                                    \
        n++;                                                                                \
        if (table->count && table_find(table, (h), (kind), (data), (i), (j)) >= 0) {        \
            found++;                                                                        \
        }                                                                                   \
    } while (0)

/* count_words(text, words) -> (n, found): n = len(text.split()), found = how many of those are in words. */
static PyObject *
count_words(PyObject *module, PyObject *const *args, Py_ssize_t nargs)
{
    (void)module;
    if (check_args(nargs, args, &WordSetType, "count_words") < 0) {
        return NULL;
    }
    const Table *table = &((WordSetObject *)args[1])->table;
    Py_ssize_t n = 0, found = 0;
    FOR_EACH_WORD(args[0], COUNT_ONE);
    return Py_BuildValue("(nn)", n, found);
}

#define VOTE_ONE(h, kind, data, i, j)                                                       \
    do {                                                                                    \
        n++;                                                                                \
        Py_ssize_t slot_ = table_find(table, (h), (kind), (data), (i), (j));                \
        if (slot_ >= 0) {                                                                   \
            Py_ssize_t at_ = votes->first[slot_], stop_ = at_ + votes->nvotes[slot_];       \
            for (; at_ < stop_; at_++) {                                                    \
                scores[votes->langs[at_]] += votes->shares[at_];                            \
            }                                                                               \
        }                                                                                   \
    } while (0)

/* vote_words(text, votes) -> (n, scores): n = len(text.split()), scores each language's votes (a list of float). */
static PyObject *
vote_words(PyObject *module, PyObject *const *args, Py_ssize_t nargs)
{
    (void)module;
    if (check_args(nargs, args, &VoteTableType, "vote_words") < 0) {
        return NULL;
    }
    const VoteTableObject *votes = (VoteTableObject *)args[1];
    const Table *table = &votes->table;
    double *scores = PyMem_Calloc((size_t)(votes->width ? votes->width : 1), sizeof(double));
    if (scores == NULL) {
        return PyErr_NoMemory();
    }
    Py_ssize_t n = 0;
    FOR_EACH_WORD(args[0], VOTE_ONE);
    PyObject *out = PyList_New(votes->width);
    if (out == NULL) {
        PyMem_Free(scores);
        return NULL;
    }
    for (Py_ssize_t k = 0; k < votes->width; k++) {
        PyObject *f = PyFloat_FromDouble(scores[k]);
        if (f == NULL) {
            PyMem_Free(scores);
            Py_DECREF(out);
            return NULL;
        }
        PyList_SET_ITEM(out, k, f);
    }
    PyMem_Free(scores);
    PyObject *result = Py_BuildValue("(nN)", n, out);
    return result;
}

/* A str of ``n`` characters of ``kind`` (its buffer filled by the caller), made canonical: Python keeps each str in
   the narrowest form its characters allow (ASCII, one, two or four bytes a character), and a str in a wider form
   compares equal to no other. ``widest``: the widest character written. Steals ``out``. */
static PyObject *
narrowed(PyObject *out, int kind, Py_ssize_t n, Py_UCS4 widest)
{
    int fits;
    if (kind == PyUnicode_1BYTE_KIND) {
        fits = (widest >= 0x80) == !PyUnicode_IS_ASCII(out);
    }
    else if (kind == PyUnicode_2BYTE_KIND) {
        fits = widest >= 0x100;
    }
    else {
        fits = widest >= 0x10000;
    }
    if (fits) {
        return out;
    }
    PyObject *copy = PyUnicode_FromKindAndData(kind, PyUnicode_DATA(out), n);
    Py_DECREF(out);
    return copy;
}

/* A new str of ``n`` characters in the form of ``text`` (its kind; not ASCII where the text is not). */
static PyObject *
same_form(PyObject *text, Py_ssize_t n)
{
    int kind = PyUnicode_KIND(text);
    Py_UCS4 top = kind == PyUnicode_1BYTE_KIND ? (PyUnicode_IS_ASCII(text) ? 0x7f : 0xff)
                  : kind == PyUnicode_2BYTE_KIND ? 0xffff : 0x10ffff;
    return PyUnicode_New(n, top);
}

#define BLANK_COPY(TYPE)                                                                    \
    do {                                                                                    \
        const TYPE *p_ = (const TYPE *)data;                                                \
        TYPE *o_ = (TYPE *)PyUnicode_DATA(out);                                             \
        for (Py_ssize_t i_ = 0; i_ < n; i_++) {                                             \
            Py_UCS4 c_ = p_[i_];                                                            \
            if (charset_has(chars, c_)) {                                                   \
                found = 1;                                                                  \
                c_ = ' ';                                                                   \
            }                                                                               \
            else if (c_ > widest) {                                                         \
                widest = c_;                                                                \
            }                                                                               \
            o_[i_] = (TYPE)c_;                                                              \
        }                                                                                   \
    } while (0)

/* blank(text, chars) -> text with each character of chars made a space (the text itself where it holds none).
   One pass into a str of the text's form, made narrower where the blanked characters were its widest (curly
   quotes in Latin text). */
static PyObject *
blank(PyObject *module, PyObject *const *args, Py_ssize_t nargs)
{
    (void)module;
    if (check_args(nargs, args, &CharSetType, "blank") < 0) {
        return NULL;
    }
    PyObject *text = args[0];
    const CharSetObject *chars = (CharSetObject *)args[1];
    int kind = PyUnicode_KIND(text);
    const void *data = PyUnicode_DATA(text);
    Py_ssize_t n = PyUnicode_GET_LENGTH(text);
    PyObject *out = same_form(text, n);
    if (out == NULL) {
        return NULL;
    }
    Py_UCS4 widest = ' ';
    int found = 0;
    BY_KIND(BLANK_COPY);
    if (!found) {
        Py_DECREF(out);
        Py_INCREF(text);
        return text;
    }
    return narrowed(out, kind, n, widest);
}

#define HOLDS_SCAN(TYPE)                                                                    \
    do {                                                                                    \
        const TYPE *p_ = (const TYPE *)data;                                                \
        for (Py_ssize_t i_ = 0; i_ < n; i_++) {                                             \
            Py_UCS4 c_ = p_[i_];                                                            \
            if (c_ >= narrowest && charset_has(chars, c_)) {                                \
                Py_RETURN_TRUE;                                                             \
            }                                                                               \
        }                                                                                   \
    } while (0)

/* holds(text, chars) -> whether text holds a character of chars (a scan that stops at the first; none in a text
   whose form is narrower than every character of chars). */
static PyObject *
holds(PyObject *module, PyObject *const *args, Py_ssize_t nargs)
{
    (void)module;
    if (check_args(nargs, args, &CharSetType, "holds") < 0) {
        return NULL;
    }
    PyObject *text = args[0];
    const CharSetObject *chars = (CharSetObject *)args[1];
    int kind = PyUnicode_KIND(text);
    const void *data = PyUnicode_DATA(text);
    Py_ssize_t n = PyUnicode_GET_LENGTH(text);
    const Py_UCS4 narrowest = chars->narrowest;  /* (most characters of a text are below it: one comparison) */
    Py_UCS4 top = kind == PyUnicode_1BYTE_KIND ? 0xff : kind == PyUnicode_2BYTE_KIND ? 0xffff : 0x10ffff;
    if (narrowest > top) {
        Py_RETURN_FALSE;  /* (the text's form holds no character that wide) */
    }
    BY_KIND(HOLDS_SCAN);
    Py_RETURN_FALSE;
}

/* Whether ``c`` ends a line for str.splitlines (\n \v \f \r, the file/group/record separators, NEL, LS, PS). */
static inline int
line_break(Py_UCS4 c)
{
    if (c < 0x80) {
        return (c >= 0x0a && c <= 0x0d) || (c >= 0x1c && c <= 0x1e);
    }
    return c == 0x85 || c == 0x2028 || c == 0x2029;
}

/* Whether ``c`` is whitespace for str.split() (Py_UNICODE_ISSPACE), with an ASCII table first. */
static unsigned char ascii_space[0x80];

static inline int
is_space(Py_UCS4 c)
{
    return c < 0x80 ? ascii_space[c] : Py_UNICODE_ISSPACE(c);
}

/* Each character below U+0100 as normal_lines reads it: 0 a character of a word or the space, 2 other whitespace,
   3 a line break. */
static unsigned char latin1_class[0x100];

/* The class of a character from U+0100 up (see latin1_class). */
static inline int
wide_class(Py_UCS4 c)
{
    if (c < 0x1680) {
        return 0;
    }
    if (c == 0x2028 || c == 0x2029) {
        return 3;
    }
    return Py_UNICODE_ISSPACE(c) ? 2 : 0;
}

#define NORMAL_LINES(TYPE)                                                                  \
    do {                                                                                    \
        const TYPE *p_ = (const TYPE *)data;                                                \
        TYPE *buf_ = NULL;                                                                  \
        Py_ssize_t i_ = 0;                                                                  \
        while (i_ < n) {                                                                    \
            Py_ssize_t s_ = i_, e_ = i_;                                                    \
            int odd_ = 0;  /* the line is not its own normal form */                         \
            int twice_ = 0;  /* a space after a space (or first: prev_ starts as one) */     \
            Py_UCS4 prev_ = ' ';                                                            \
            for (; e_ < n; e_++) {                                                          \
                Py_UCS4 c_ = p_[e_];                                                        \
                int k_ = c_ < 0x100 ? latin1_class[c_] : wide_class(c_);                    \
                if (k_) {  /* (seldom: the line's end, or whitespace other than the space) */ \
                    if (k_ == 3) {                                                          \
                        break;                                                              \
                    }                                                                       \
                    odd_ = 1;                                                               \
                }                                                                           \
                twice_ |= (c_ == ' ') & (prev_ == ' ');  /* (no branch a space) */          \
                prev_ = c_;                                                                 \
            }                                                                               \
            odd_ |= twice_ | (e_ > s_ && prev_ == ' ');  /* (or ends on a space) */         \
            PyObject *line_;                                                                \
            if (!odd_) {                                                                    \
                line_ = PyUnicode_Substring(text, s_, e_);                                  \
            }                                                                               \
            else {                                                                          \
                if (buf_ == NULL) {                                                         \
                    buf_ = PyMem_Malloc((size_t)(n ? n : 1) * sizeof(TYPE));                \
                    if (buf_ == NULL) {                                                     \
                        Py_DECREF(out);                                                     \
                        return PyErr_NoMemory();                                            \
                    }                                                                       \
                }                                                                           \
                Py_ssize_t m_ = 0;                                                          \
                int gap_ = 0;                                                               \
                for (Py_ssize_t k_ = s_; k_ < e_; k_++) {                                   \
                    TYPE c_ = p_[k_];                                                       \
                    if (is_space(c_)) {                                                     \
                        gap_ = m_ > 0;                                                      \
                        continue;                                                           \
                    }                                                                       \
                    if (gap_) {                                                             \
                        buf_[m_++] = ' ';                                                   \
                        gap_ = 0;                                                           \
                    }                                                                       \
                    buf_[m_++] = c_;                                                        \
                }                                                                           \
                line_ = PyUnicode_FromKindAndData(kind, buf_, m_);                          \
            }                                                                               \
            if (line_ == NULL || PyList_Append(out, line_) < 0) {                           \
                Py_XDECREF(line_);                                                          \
                PyMem_Free(buf_);                                                           \
                Py_DECREF(out);                                                             \
                return NULL;                                                                \
            }                                                                               \
            Py_DECREF(line_);                                                               \
            i_ = e_ + 1;                                                                    \
            if (e_ + 1 < n && p_[e_] == '\r' && p_[e_ + 1] == '\n') {                       \
                i_ = e_ + 2;                                                                \
            }                                                                               \
        }                                                                                   \
        PyMem_Free(buf_);                                                                   \
    } while (0)

/* normal_lines(text) -> [" ".join(line.split()) for line in text.splitlines()]: a document's lines, each with its
   runs of whitespace made one space and its ends stripped, in one pass (a line already so is a slice of the text). */
static PyObject *
normal_lines(PyObject *module, PyObject *text)
{
    (void)module;
    if (!PyUnicode_Check(text)) {
        PyErr_SetString(PyExc_TypeError, "normal_lines: text must be a str");
        return NULL;
    }
    int kind = PyUnicode_KIND(text);
    const void *data = PyUnicode_DATA(text);
    Py_ssize_t n = PyUnicode_GET_LENGTH(text);
    PyObject *out = PyList_New(0);
    if (out == NULL) {
        return NULL;
    }
    BY_KIND(NORMAL_LINES);
    return out;
}

#define ADJACENT_SCAN(TYPE)                                                                 \
    do {                                                                                    \
        const TYPE *p_ = (const TYPE *)data;                                                \
        for (Py_ssize_t i_ = 1; i_ < n; i_++) {                                             \
            Py_UCS4 c_ = p_[i_];                                                            \
            if (c_ >= narrowest && charset_has(second, c_) && charset_has(first, p_[i_ - 1])) { \
                Py_RETURN_TRUE;                                                             \
            }                                                                               \
        }                                                                                   \
    } while (0)

/* adjacent(text, first, second) -> whether a character of first stands right before a character of second in
   text (a regex of two classes, "[a-z][A-Z]", searched without a call into a regex engine a line). */
static PyObject *
adjacent(PyObject *module, PyObject *const *args, Py_ssize_t nargs)
{
    (void)module;
    if (nargs != 3 || !PyUnicode_Check(args[0]) || !PyObject_TypeCheck(args[1], &CharSetType) ||
        !PyObject_TypeCheck(args[2], &CharSetType)) {
        PyErr_SetString(PyExc_TypeError, "adjacent(text, first, second): a str and two CharSets");
        return NULL;
    }
    PyObject *text = args[0];
    const CharSetObject *first = (CharSetObject *)args[1];
    const CharSetObject *second = (CharSetObject *)args[2];
    int kind = PyUnicode_KIND(text);
    const void *data = PyUnicode_DATA(text);
    Py_ssize_t n = PyUnicode_GET_LENGTH(text);
    const Py_UCS4 narrowest = second->narrowest;
    BY_KIND(ADJACENT_SCAN);
    Py_RETURN_FALSE;
}

#define SPACED_SCAN(TYPE)                                                                   \
    do {                                                                                    \
        const TYPE *p_ = (const TYPE *)data;                                                \
        for (Py_ssize_t i_ = 1; i_ + 1 < n; i_++) {                                         \
            Py_UCS4 c_ = p_[i_];                                                            \
            if (c_ >= narrowest && charset_has(marks, c_) && is_space(p_[i_ - 1]) && is_space(p_[i_ + 1])) { \
                Py_RETURN_TRUE;                                                             \
            }                                                                               \
        }                                                                                   \
    } while (0)

/* spaced(text, marks) -> whether a character of marks stands between two whitespace characters in text (a separator
   between a line's parts: "Paris - 12 May", "News | Sport"), as re.search(r"[marks](?<=\s[marks])(?=\s)") finds. */
static PyObject *
spaced(PyObject *module, PyObject *const *args, Py_ssize_t nargs)
{
    (void)module;
    if (check_args(nargs, args, &CharSetType, "spaced") < 0) {
        return NULL;
    }
    PyObject *text = args[0];
    const CharSetObject *marks = (CharSetObject *)args[1];
    int kind = PyUnicode_KIND(text);
    const void *data = PyUnicode_DATA(text);
    Py_ssize_t n = PyUnicode_GET_LENGTH(text);
    const Py_UCS4 narrowest = marks->narrowest;
    BY_KIND(SPACED_SCAN);
    Py_RETURN_FALSE;
}

/* Each Latin-1 character's small form (Latin-1 too: no character there lowers out of it, nor into ASCII). */
static Py_UCS1 latin1_lower[256];

#define LOWER_COPY(TYPE)                                                                    \
    do {                                                                                    \
        const TYPE *p_ = (const TYPE *)data;                                                \
        TYPE *o_ = (TYPE *)PyUnicode_DATA(out);                                             \
        for (Py_ssize_t i_ = 0; i_ < n; i_++) {                                             \
            Py_UCS4 c_ = p_[i_];                                                            \
            if (c_ < 0x100) {                                                               \
                c_ = latin1_lower[c_];                                                      \
            }                                                                               \
            else if (c_ >= 0x2000 && c_ < 0x2c00) {                                         \
                /* (punctuation, symbols, arrows, dingbats: no small forms but U+2126, U+212A, */   \
                /* U+212B, U+2132, U+2160-216F, U+2183, U+24B6-24CF) */                        \
                if (!(c_ < 0x2100 || (c_ >= 0x2190 && c_ < 0x24b6) || c_ >= 0x24d0)) {     \
                    c_ = _PyUnicode_ToLowercase(c_);                                        \
                }                                                                           \
            }                                                                               \
            else if (c_ == 0x130 || c_ == 0x3a3) {                                          \
                Py_DECREF(out);                                                             \
                Py_RETURN_NONE;                                                             \
            }                                                                               \
            else {                                                                          \
                c_ = _PyUnicode_ToLowercase(c_);                                            \
            }                                                                               \
            if (c_ > widest) {                                                              \
                widest = c_;                                                                \
            }                                                                               \
            o_[i_] = (TYPE)c_;                                                              \
        }                                                                                   \
    } while (0)

/* lower(text) -> text.lower(), or None where the text holds a character whose small form is no one character
   mapped on its own: the dotted capital I (two characters) and the capital sigma (its small form depends on its
   neighbours); the caller asks str.lower then. Every other character's small form is its simple mapping
   (_PyUnicode_ToLowercase), which never widens a character's form but narrows four (Ÿ, ẞ, the Kelvin and
   Ångström signs): the result is made canonical. */
static PyObject *
lower(PyObject *module, PyObject *text)
{
    (void)module;
    if (!PyUnicode_Check(text)) {
        PyErr_SetString(PyExc_TypeError, "lower: text must be a str");
        return NULL;
    }
    int kind = PyUnicode_KIND(text);
    const void *data = PyUnicode_DATA(text);
    Py_ssize_t n = PyUnicode_GET_LENGTH(text);
    PyObject *out = same_form(text, n);
    if (out == NULL) {
        return NULL;
    }
    Py_UCS4 widest = 0;
    BY_KIND(LOWER_COPY);
    return narrowed(out, kind, n, widest);
}

static PyMethodDef kernels_methods[] = {
    {"count_words", (PyCFunction)(void (*)(void))count_words, METH_FASTCALL,
     PyDoc_STR("count_words(text, words) -> (len(text.split()), how many of those words are in words)")},
    {"vote_words", (PyCFunction)(void (*)(void))vote_words, METH_FASTCALL,
     PyDoc_STR("vote_words(text, votes) -> (len(text.split()), each language's summed votes)")},
    {"blank", (PyCFunction)(void (*)(void))blank, METH_FASTCALL,
     PyDoc_STR("blank(text, chars) -> text with each character of chars made a space")},
    {"adjacent", (PyCFunction)(void (*)(void))adjacent, METH_FASTCALL,
     PyDoc_STR("adjacent(text, first, second) -> whether a character of first stands right before one of second")},
    {"spaced", (PyCFunction)(void (*)(void))spaced, METH_FASTCALL,
     PyDoc_STR("spaced(text, marks) -> whether a character of marks stands between two whitespace characters")},
    {"holds", (PyCFunction)(void (*)(void))holds, METH_FASTCALL,
     PyDoc_STR("holds(text, chars) -> whether text holds a character of chars")},
    {"normal_lines", (PyCFunction)normal_lines, METH_O,
     PyDoc_STR("normal_lines(text) -> [\" \".join(line.split()) for line in text.splitlines()]")},
    {"lower", (PyCFunction)lower, METH_O,
     PyDoc_STR("lower(text) -> text.lower(), or None where str.lower must do it (a dotted capital I, a capital sigma)")},
    {NULL, NULL, 0, NULL},
};

static struct PyModuleDef kernels_module = {
    PyModuleDef_HEAD_INIT,
    .m_name = "cleaner._kernels",
    .m_doc = PyDoc_STR("C kernels of the per-line measurements (see cleaner/textstats.py and cleaner/language.py)."),
    .m_size = -1,
    .m_methods = kernels_methods,
};

PyMODINIT_FUNC
PyInit__kernels(void)
{
    for (Py_UCS4 c = 0; c < 0x100; c++) {
        latin1_lower[c] = (Py_UCS1)_PyUnicode_ToLowercase(c);
    }
    for (Py_UCS4 c = 0; c < 0x80; c++) {
        ascii_space[c] = (unsigned char)Py_UNICODE_ISSPACE(c);
    }
    for (Py_UCS4 c = 0; c < 0x100; c++) {
        latin1_class[c] = (unsigned char)(line_break(c) ? 3 : c == ' ' ? 0 : Py_UNICODE_ISSPACE(c) ? 2 : 0);
    }
    if (PyType_Ready(&WordSetType) < 0 || PyType_Ready(&VoteTableType) < 0 || PyType_Ready(&CharSetType) < 0) {
        return NULL;
    }
    PyObject *m = PyModule_Create(&kernels_module);
    if (m == NULL) {
        return NULL;
    }
    Py_INCREF(&WordSetType);
    if (PyModule_AddObject(m, "WordSet", (PyObject *)&WordSetType) < 0) {
        Py_DECREF(&WordSetType);
        Py_DECREF(m);
        return NULL;
    }
    Py_INCREF(&VoteTableType);
    if (PyModule_AddObject(m, "VoteTable", (PyObject *)&VoteTableType) < 0) {
        Py_DECREF(&VoteTableType);
        Py_DECREF(m);
        return NULL;
    }
    Py_INCREF(&CharSetType);
    if (PyModule_AddObject(m, "CharSet", (PyObject *)&CharSetType) < 0) {
        Py_DECREF(&CharSetType);
        Py_DECREF(m);
        return NULL;
    }
    return m;
}
