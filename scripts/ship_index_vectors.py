"""Copy the cached MiniLM vectors of the shipped MedQuAD corpus into the package (fp16), so fresh
installs reuse them instead of embedding 16k passages. Run after the default index is cached
(`python bench/retrieval_latency.py` or the first `medassist serve`)."""

from __future__ import annotations

import json

import numpy as np

from medassist.io import atomic_path, write_json
from medassist.model.retrieval import Retriever
from medassist.model.retrieval.index import SHIPPED_VECTORS, TEXT_RECIPE, _paths
from medassist.paths import cache_dir


def main() -> None:
    retriever = Retriever.load_default()  # loads the cached vectors (or embeds once)
    vec_path, meta_path = _paths(cache_dir() / "index", retriever.fingerprint)
    meta = json.loads(meta_path.read_text())
    assert meta["recipe"] == TEXT_RECIPE
    with np.load(vec_path) as z:
        keys, vectors = z["keys"], z["vectors"]
    out = SHIPPED_VECTORS.with_suffix(".npz")
    with atomic_path(out) as tmp, open(tmp, "wb") as f:
        np.savez_compressed(f, vectors=vectors.astype(np.float16), keys=keys)
    write_json(SHIPPED_VECTORS, {"model": meta["model"], "recipe": meta["recipe"], "n": int(len(keys)),
                                 "dim": int(vectors.shape[1]), "dtype": "float16"})
    print(f"wrote {out} ({out.stat().st_size / 2**20:.1f} MiB) and {SHIPPED_VECTORS}")


if __name__ == "__main__":
    main()
