"""A BERT encoder forward (all-MiniLM-L6-v2's) as a plain run of torch ops, for the embedder's short calls.

An answer sentence is about 16 tokens: there the transformers `BertModel` spends as much time in Python (module
calls, hooks, kwargs, mask building, output objects) as in arithmetic, and a bf16 `nn.Linear` re-lays its weight
out for the AMX kernel on every call. This forward runs the same ops in the same order and dtype as
`BertModel` (embeddings, then per layer: q/k/v, SDPA, output projection + residual + LayerNorm, GELU feed-forward
+ residual + LayerNorm; no pooler, which the sentence embedding never reads), with each weight laid out once
for oneDNN where torch has it (`torch.ops.mkldnn._reorder_linear_weight`, what inductor's weight packing uses).
For bf16 the packed kernel is the one `nn.Linear` reaches anyway (same results to the bit,
tests/model/retrieval/test_lean_bert.py); fp32 keeps `F.linear` (MKL): oneDNN's packed fp32 kernel adds in another
order (hidden states differ by up to 5e-6) for 2-8% less time per sentence (round 12), and to the bit is what lets the
safety heads' verdicts stay provably the same.

`int8=True` is no such copy: every product's weight in int8 (one scale per output row) and its input quantised to 8 bits
per call (fbgemm's dynamic quantisation, the kernel of `torch.ao.quantization.quantize_dynamic`), for the embedder's
estimate (`MiniLMEmbedder.estimate`): on a CPU without native bf16 about 2.6x faster than fp32 on an answer sentence,
vectors off by up to a few percent (cosine to fp32 0.97 or more on the answer sets' sentences).
"""

from __future__ import annotations

import functools

import torch
import torch.nn.functional as F


def _int8_available() -> bool:
    """fbgemm's dynamic int8 product (x86 CPUs with AVX2 or better)."""
    return "fbgemm" in torch.backends.quantized.supported_engines and hasattr(torch.ops.quantized, "linear_dynamic")


@functools.cache
def _packing_available() -> bool:
    if not (torch.backends.mkldnn.is_available() and all(
            hasattr(torch.ops.mkldnn, op) for op in ("_reorder_linear_weight", "_linear_pointwise"))):
        return False
    try:  # oneDNN's bf16 packing needs AVX512 (bw, vl, dq) or AVX-NE-CONVERT: an AVX2 CPU refuses it (bf16 forced in tests)
        torch.ops.mkldnn._reorder_linear_weight(torch.zeros(8, 8, dtype=torch.bfloat16), 8)
    except RuntimeError:
        return False
    return True


class _Linear:
    """y = x W^T + b over the last dimension; the bf16 weight laid out once for oneDNN where torch can. Given several
    `linears` (over the same input), one product with their weights stacked: their outputs side by side."""

    # the row count oneDNN lays the weight out for (any count runs on it): about the tokens of a long answer sentence;
    # not tuned
    ROWS_HINT = 32

    def __init__(self, linears: torch.nn.Linear | tuple[torch.nn.Linear, ...], dtype: torch.dtype, pack: bool,
                 int8: bool = False):
        linears = linears if isinstance(linears, tuple) else (linears,)
        weight = torch.cat([m.weight.detach() for m in linears]).to(dtype)
        self.bias = torch.cat([m.bias.detach() for m in linears]).to(dtype)
        self.out = weight.shape[0]
        self.packed = pack and dtype == torch.bfloat16 and _packing_available()
        self.weight = torch.ops.mkldnn._reorder_linear_weight(weight, self.ROWS_HINT) if self.packed else weight
        self.int8 = self.int8_product = None
        if int8:
            self.int8 = _int8_weight(weight.float(), self.bias.float())
            self.int8_product = _linear_dynamic_op()
            self.weight = None  # the fp32 copy is not read again

    def __call__(self, x: torch.Tensor) -> torch.Tensor:
        if self.int8 is not None:
            # the whole input quantised with one scale; not reduce_range (7-bit inputs, fbgemm's headroom against
            # AVX2's 16-bit pair sums saturating): that doubled the error (answer sentences' head logits off by up to
            # 0.53, not 0.30), and whatever saturation remains is in the measured error (scripts/
            # output_estimate_cases.py)
            return self.int8_product(x, self.int8, False)
        if not self.packed:
            return F.linear(x, self.weight, self.bias)
        y = torch.ops.mkldnn._linear_pointwise(x.reshape(-1, x.shape[-1]), self.weight, self.bias, "none", [], "")
        return y.view(*x.shape[:-1], self.out)


def _linear_dynamic_op():
    """fbgemm's dynamic int8 product as its C++ operator. Called through `torch.ops` each call first looks in Python
    for a traced stand-in of the packed weight (a torchbind object), which only tracing (export, compile) ever hands it:
    about 4 us of a product's 20-200 (0.1 ms, some 5%, of an estimate's 24 products; session 54, AMD EPYC, fp32 only).
    The same kernel and arguments either way; torch's own operator where a later torch moves the attribute."""
    overload = torch.ops.quantized.linear_dynamic.default
    return getattr(overload, "_op", overload)


def _int8_weight(weight: torch.Tensor, bias: torch.Tensor):
    """fbgemm's packed int8 weight: symmetric, one scale per output row (a row's largest magnitude -> 127)."""
    import warnings

    scale = weight.abs().amax(1).clamp(min=1e-12) / 127
    with warnings.catch_warnings():  # quantized tensors are deprecated in torch 2.1x: the packed weight is built once
        warnings.simplefilter("ignore")
        q = torch.quantize_per_channel(weight, scale.double(), torch.zeros(len(scale), dtype=torch.long), 0, torch.qint8)
    return torch.ops.quantized.linear_prepack(q, bias)


class _LayerNorm:
    def __init__(self, norm: torch.nn.LayerNorm, dtype: torch.dtype):
        self.shape, self.eps = norm.normalized_shape, norm.eps
        self.weight, self.bias = norm.weight.detach().to(dtype), norm.bias.detach().to(dtype)

    def __call__(self, x: torch.Tensor) -> torch.Tensor:
        return F.layer_norm(x, self.shape, self.weight, self.bias, self.eps)


class _Layer:
    def __init__(self, layer, dtype: torch.dtype, pack: bool, int8: bool = False):
        attention = layer.attention.self
        self.heads, self.head_size = attention.num_attention_heads, attention.attention_head_size
        self.scaling = attention.scaling
        # q, k and v in one product (one weight read, one kernel call instead of three): each output column is the
        # same dot product over the same input, so the same values to the bit (tests/model/retrieval/test_lean_bert.py);
        # in bf16 it takes a third of one sentence's time off the three (round 13)
        self.qkv = _Linear((attention.query, attention.key, attention.value), dtype, pack, int8)
        self.attention_out = _Linear(layer.attention.output.dense, dtype, pack, int8)
        self.attention_norm = _LayerNorm(layer.attention.output.LayerNorm, dtype)
        self.intermediate = _Linear(layer.intermediate.dense, dtype, pack, int8)
        self.output = _Linear(layer.output.dense, dtype, pack, int8)
        self.output_norm = _LayerNorm(layer.output.LayerNorm, dtype)

    def __call__(self, x: torch.Tensor, mask: torch.Tensor | None) -> torch.Tensor:
        batch, length, _ = x.shape
        # q, k and v as views of the one product, (batch, heads, length, head size) each: the strides three chunks,
        # views and transposes gave, in one view and permute
        q, k, v = self.qkv(x).view(batch, length, 3, self.heads, self.head_size).permute(2, 0, 3, 1, 4).unbind(0)
        a = F.scaled_dot_product_attention(q, k, v, attn_mask=mask, dropout_p=0.0, scale=self.scaling, is_causal=False)
        a = a.transpose(1, 2).reshape(batch, length, -1)
        # the residuals added into the products' fresh outputs (a + b is b + a to the bit): no tensor allocated for them
        h = self.attention_norm(self.attention_out(a).add_(x))
        return self.output_norm(self.output(F.gelu(self.intermediate(h))).add_(h))


class LeanBert:
    """`bert` (a transformers BertModel, encoder-only, absolute positions, GELU) in `dtype`: `(input_ids,
    attention_mask) -> last_hidden_state`, what `bert(input_ids=..., attention_mask=...).last_hidden_state` gives.
    Holds its own copy of the weights in `dtype` (the fp32 model is left as it is). `int8`: the products in int8 (fp32
    only; an estimate, see the module's docstring; ValueError where fbgemm is missing)."""

    def __init__(self, bert, dtype: torch.dtype = torch.float32, pack: bool = True, int8: bool = False):
        config = bert.config
        if config.is_decoder or config.hidden_act != "gelu" or \
                getattr(config, "position_embedding_type", "absolute") != "absolute":
            raise ValueError("LeanBert runs encoder-only BERT with absolute positions and GELU")
        if int8 and (dtype != torch.float32 or not _int8_available()):
            raise ValueError("LeanBert's int8 products need fp32 and fbgemm")
        embeddings = bert.embeddings
        self.dtype = dtype
        self.words = embeddings.word_embeddings.weight.detach().to(dtype)
        self.positions = embeddings.position_embeddings.weight.detach().to(dtype)
        # every token is of type 0 (one segment), as BertModel assumes without token_type_ids
        self.token_type = embeddings.token_type_embeddings.weight.detach()[0].to(dtype)
        self.embedding_norm = _LayerNorm(embeddings.LayerNorm, dtype)
        self.layers = [_Layer(layer, dtype, pack, int8) for layer in bert.encoder.layer]

    def __call__(self, input_ids: torch.Tensor, attention_mask: torch.Tensor) -> torch.Tensor:
        batch, length = input_ids.shape
        # BertModel's order: (words + token type) + positions
        x = F.embedding(input_ids, self.words) + self.token_type + self.positions[:length]
        x = self.embedding_norm(x)
        # BertModel hands SDPA no mask when no token is padding, else a boolean one over the keys
        mask = None if bool(attention_mask.all()) else \
            attention_mask.bool()[:, None, None, :].expand(batch, 1, length, length)
        for layer in self.layers:
            x = layer(x, mask)
        return x
