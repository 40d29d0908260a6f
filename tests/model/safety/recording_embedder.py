"""An embedder wrapper for the output check's estimate tests: the real embedder, recording what it was asked to embed
and to estimate."""

from __future__ import annotations


class RecordingEmbedder:
    """The real embedder, recording what it was asked to embed and to estimate."""

    def __init__(self, inner):
        self.inner, self.encoded, self.estimated = inner, [], []

    def encode(self, texts):
        self.encoded.extend(texts)
        return self.inner.encode(texts)

    def estimate(self, texts):
        self.estimated.extend(texts)
        return self.inner.estimate(texts)
