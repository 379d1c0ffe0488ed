"""Nearest labelled openings by the characters they share: TF-IDF over character n-grams.

For the experiment bench/screening_neighbours.py; not part of the service.

An opening's title and description are normalised (`matcher.text.normalise`: NFKC, case-folded,
punctuation to spaces), every run of digits written as one "0", and each word, padded with a
space either side, cut into its character 2- to 5-grams (n-grams never cross a word: the
`char_wb` analyser of scikit-learn). Each n-gram is hashed (CRC-32, kept to 20 bits, stable
across processes) and weighted by sublinear TF-IDF; the vector is L2-normalised, so that the
similarity of two openings is the cosine of their vectors, between 0 and 1.

Character n-grams need no word list and read every script alike: "पासपोर्ट", "pasport" and
"passport" share no n-gram with each other, but each shares most of its n-grams with its own
spelling slips and inflections in the labelled examples. An n-gram the index has never seen
still counts in the query's norm (at the highest idf), so a mostly novel text is not taken as
close to an example because of the few n-grams they share.
"""
from __future__ import annotations

import zlib
from collections import Counter
from collections.abc import Sequence
from functools import lru_cache

import numpy as np

from matcher.text import normalise

BITS = 20
SHORTEST, LONGEST = 2, 5


@lru_cache(maxsize=65536)
def word_grams(word: str) -> tuple[int, ...]:
    """The hashed character n-grams of one normalised word (each once)."""
    padded = f" {word} "
    grams = {padded[at:at + n] for n in range(SHORTEST, LONGEST + 1)
             for at in range(len(padded) - n + 1)}
    mask = (1 << BITS) - 1
    return tuple(zlib.crc32(gram.encode()) & mask for gram in grams)


def gram_counts(text: str) -> Counter:
    """How often each hashed n-gram occurs in a text."""
    found: Counter = Counter()
    for word in normalise(text).split():
        found.update(word_grams("0" if word.isdigit() else word))
    return found


class NgramIndex:
    """The TF-IDF vectors of a fixed set of texts, held as postings (for each n-gram, the texts
    it occurs in with its weight there), so that a query costs the postings of its own n-grams."""

    def __init__(self, texts: Sequence[str]):
        docs = [gram_counts(text) for text in texts]
        self.size = len(docs)
        df: Counter = Counter()
        for doc in docs:
            df.update(doc.keys())
        self.grams = np.array(sorted(df), dtype=np.int64)
        self.idf = np.log((1 + self.size) / (1 + np.array([df[g] for g in self.grams]))) + 1.0
        self.unseen_idf = float(np.log(1 + self.size) + 1.0)
        columns, rows, weights = [], [], []
        for row, doc in enumerate(docs):
            cols, weight, _ = self._weigh(doc)
            columns.append(cols)
            rows.append(np.full(len(cols), row, dtype=np.int32))
            weights.append(weight)
        columns_all = np.concatenate(columns) if columns else np.zeros(0, np.int64)
        order = np.argsort(columns_all, kind="stable")
        self.posting_rows = np.concatenate(rows)[order] if rows else np.zeros(0, np.int32)
        self.posting_weights = np.concatenate(weights)[order] if weights else np.zeros(0)
        self.starts = np.searchsorted(columns_all[order], np.arange(len(self.grams) + 1))

    def _weigh(self, doc: Counter) -> tuple[np.ndarray, np.ndarray, float]:
        """The known columns of a text, their L2-normalised weights, and the text's norm (its
        unseen n-grams included)."""
        hashes = np.fromiter(doc.keys(), dtype=np.int64, count=len(doc))
        tf = 1.0 + np.log(np.fromiter(doc.values(), dtype=np.float64, count=len(doc)))
        at = np.minimum(np.searchsorted(self.grams, hashes), max(len(self.grams) - 1, 0))
        known = self.grams[at] == hashes if len(self.grams) else np.zeros(len(hashes), bool)
        weight = np.where(known, tf * self.idf[at] if len(self.grams) else 0.0,
                          tf * self.unseen_idf)
        norm = float(np.sqrt(np.sum(weight * weight))) or 1.0
        return at[known], weight[known] / norm, norm

    def similarities(self, text: str) -> np.ndarray:
        """The cosine similarity of a text to each indexed text, in their order."""
        doc = gram_counts(text)
        if not doc or not self.size:
            return np.zeros(self.size)
        cols, weight, _ = self._weigh(doc)
        starts, ends = self.starts[cols], self.starts[cols + 1]
        lengths = ends - starts
        total = int(lengths.sum())
        if not total:
            return np.zeros(self.size)
        offsets = np.repeat(starts - np.cumsum(lengths) + lengths, lengths) + np.arange(total)
        return np.bincount(self.posting_rows[offsets],
                           weights=self.posting_weights[offsets] * np.repeat(weight, lengths),
                           minlength=self.size)
