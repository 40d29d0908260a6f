"""Grounding: retrieve MedQuAD passages for a question and cite them."""

from medassist.model.retrieval.embedder import Embedder, MiniLMEmbedder
from medassist.model.retrieval.index import Retriever, embedding_text
from medassist.model.retrieval.passage import Passage, format_context, format_sources

__all__ = ["Embedder", "MiniLMEmbedder", "Passage", "Retriever", "embedding_text", "format_context",
           "format_sources"]
