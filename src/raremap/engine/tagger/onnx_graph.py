"""The encoder's six layers written as an ONNX model, for onnxruntime.

onnxruntime runs the same arithmetic as :mod:`.embedding`'s numpy code in float32, with
its weights packed once for its matrix kernels instead of on every product, each product
and its bias as one Gemm and GELU as one step (the graph is written in the shapes its
optimiser fuses): a phrase's pass costs about half as much. The model is written here from the weights already loaded (no ``onnx`` package):
an ONNX file is a protocol-buffer message, and the few fields used are written by hand
(field numbers from ``onnx.proto``).

Input ``x``: (batch, length, 384) float32, the embeddings after their layer normalisation;
``bias``: (batch, 1 or length, length) float32, added to every head's attention scores
(0 to attend, -1e9 not to). Output ``y``: (batch, length, 384), the last layer's states.
"""

from __future__ import annotations

import struct
from collections.abc import Sequence

import numpy as np

FLOAT, INT64 = 1, 7  #: TensorProto data types
ATTR_FLOAT, ATTR_INT, ATTR_INTS = 1, 2, 7  #: AttributeProto types
OPSET = 17  #: LayerNormalization is in the default domain from opset 17
IR_VERSION = 8


def _varint(n: int) -> bytes:
    n &= (1 << 64) - 1  # negative int64 as two's complement
    out = bytearray()
    while True:
        byte = n & 0x7F
        n >>= 7
        if n:
            out.append(byte | 0x80)
        else:
            out.append(byte)
            return bytes(out)


class _Message:
    """A message as a list of byte pieces joined once at the end: the 42 MB of weights
    are not copied into each enclosing message on the way."""

    def __init__(self, *parts: _Message | bytes | memoryview) -> None:
        self.pieces: list[bytes | memoryview] = []
        self.size = 0
        for part in parts:
            self.add(part)

    def add(self, part: _Message | bytes | memoryview) -> None:
        if isinstance(part, _Message):
            self.pieces += part.pieces
            self.size += part.size
        else:
            self.pieces.append(part)
            self.size += len(part)

    def __bytes__(self) -> bytes:
        return b"".join(self.pieces)


def _key(field: int, wire: int) -> bytes:
    return _varint(field << 3 | wire)


def _int(field: int, value: int) -> bytes:
    return _key(field, 0) + _varint(value)


def _bytes(field: int, value: _Message | bytes | str) -> _Message:
    raw = value.encode() if isinstance(value, str) else value
    return _Message(_key(field, 2) + _varint(raw.size if isinstance(raw, _Message) else len(raw)), raw)


def _float(field: int, value: float) -> bytes:
    return _key(field, 5) + struct.pack("<f", value)


def tensor(name: str, array: np.ndarray) -> _Message:
    """TensorProto: dims (1), data_type (2), name (8), raw_data (9, little-endian)."""
    kind = {np.dtype(np.float32): FLOAT, np.dtype(np.int64): INT64}[array.dtype]
    raw = np.ascontiguousarray(array, dtype=array.dtype.newbyteorder("<"))
    return _Message(*(_int(1, d) for d in array.shape), _int(2, kind), _bytes(8, name),
                    _bytes(9, _Message(raw.reshape(-1).data.cast("B"))))


def _attribute(name: str, value) -> _Message:
    """AttributeProto: name (1), f (2), i (3), ints (8), type (20)."""
    if isinstance(value, float):
        return _Message(_bytes(1, name), _float(2, value), _int(20, ATTR_FLOAT))
    if isinstance(value, int):
        return _Message(_bytes(1, name), _int(3, value), _int(20, ATTR_INT))
    return _Message(_bytes(1, name), *(_int(8, v) for v in value), _int(20, ATTR_INTS))


def node(op: str, inputs: list[str], outputs: list[str], **attributes) -> _Message:
    """NodeProto: input (1), output (2), op_type (4), attribute (5)."""
    return _Message(*(_bytes(1, i) for i in inputs), *(_bytes(2, o) for o in outputs), _bytes(4, op),
                    *(_bytes(5, _attribute(k, v)) for k, v in attributes.items()))


def _value_info(name: str, dims: list[int | str]) -> _Message:
    """ValueInfoProto of a float tensor: name (1), type (2) → tensor_type (1) → elem_type (1),
    shape (2) → dim (1) → dim_value (1) or dim_param (2)."""
    shape = _Message(*(_bytes(1, _int(1, d) if isinstance(d, int) else _bytes(2, d)) for d in dims))
    return _Message(_bytes(1, name), _bytes(2, _bytes(1, _Message(_int(1, FLOAT), _bytes(2, shape)))))


class _Graph:
    def __init__(self) -> None:
        self.nodes: list[_Message] = []
        self.initializers: list[_Message] = []
        self._n = 0

    def const(self, array: np.ndarray, name: str | None = None) -> str:
        name = name or self.fresh("c")
        self.initializers.append(tensor(name, array))
        return name

    def fresh(self, prefix: str) -> str:
        self._n += 1
        return f"{prefix}{self._n}"

    def op(self, op: str, *inputs: str, **attributes) -> str:
        out = self.fresh(op.lower())
        self.nodes.append(node(op, list(inputs), [out], **attributes))
        return out


def encoder_model(layers: Sequence[tuple[np.ndarray, ...]], heads: int, eps: float = 1e-12) -> bytes:
    """ONNX model bytes of the encoder layers; ``layers`` as :class:`.embedding.Encoder`
    keeps them: (Wqkv (384, 1152), bqkv, Wo, bo, ln1 weight, ln1 bias, Wi, bi, Wo2, bo2,
    ln2 weight, ln2 bias), weights already transposed for ``x @ W``."""
    g = _Graph()
    hidden = layers[0][2].shape[0]
    d = hidden // heads
    # tokens as rows (batch · length, 384) for the dense steps, so that each product and
    # its bias are one Gemm; (batch, length, ...) for the attention
    length = g.op("Gather", g.op("Shape", "bias"), g.const(np.asarray([2], dtype=np.int64)), axis=0)
    split_heads = g.op("Concat", g.const(np.asarray([-1], dtype=np.int64)), length,
                       g.const(np.asarray([3, heads, d], dtype=np.int64)), axis=0)
    merge_heads = g.const(np.asarray([-1, hidden], dtype=np.int64))
    scale = g.const(np.asarray(1.0 / np.sqrt(d), dtype=np.float32))
    half = g.const(np.asarray(0.5, dtype=np.float32))
    one = g.const(np.asarray(1.0, dtype=np.float32))
    root_two = g.const(np.asarray(1.4142135623730951, dtype=np.float32))
    mask = g.op("Unsqueeze", "bias", g.const(np.asarray([1], dtype=np.int64)))  # (b, 1, n or 1, n)
    x = g.op("Reshape", "x", merge_heads)
    for i, (wqkv, bqkv, wo, bo, ln1w, ln1b, wi, bi, wo2, bo2, ln2w, ln2b) in enumerate(layers):
        p = f"l{i}."
        qkv = g.op("Add", g.op("MatMul", x, g.const(wqkv, p + "wqkv")), g.const(bqkv, p + "bqkv"))
        qkv = g.op("Transpose", g.op("Reshape", qkv, split_heads), perm=[2, 0, 3, 1, 4])  # (3, b, h, n, d)
        q, k, v = (g.op("Gather", qkv, g.const(np.asarray(j, dtype=np.int64)), axis=0) for j in range(3))
        scores = g.op("Mul", g.op("MatMul", q, g.op("Transpose", k, perm=[0, 1, 3, 2])), scale)
        probs = g.op("Softmax", g.op("Add", scores, mask), axis=-1)
        ctx = g.op("Reshape", g.op("Transpose", g.op("MatMul", probs, v), perm=[0, 2, 1, 3]), merge_heads)
        attn = g.op("Add", g.op("MatMul", ctx, g.const(wo, p + "wo")), g.const(bo, p + "bo"))
        x = g.op("LayerNormalization", g.op("Add", x, attn), g.const(ln1w, p + "ln1w"), g.const(ln1b, p + "ln1b"),
                 axis=-1, epsilon=eps)
        h = g.op("Add", g.op("MatMul", x, g.const(wi, p + "wi")), g.const(bi, p + "bi"))
        gelu = g.op("Mul", g.op("Mul", h, g.op("Add", g.op("Erf", g.op("Div", h, root_two)), one)), half)
        out = g.op("Add", g.op("MatMul", gelu, g.const(wo2, p + "wo2")), g.const(bo2, p + "bo2"))
        x = g.op("LayerNormalization", g.op("Add", x, out), g.const(ln2w, p + "ln2w"), g.const(ln2b, p + "ln2b"),
                 axis=-1, epsilon=eps)
    g.nodes.append(node("Reshape", [x, g.op("Shape", "x")], ["y"]))
    graph = _Message(*(_bytes(1, n) for n in g.nodes), _bytes(2, "encoder"),
                     *(_bytes(5, t) for t in g.initializers),
                     _bytes(11, _value_info("x", ["batch", "length", hidden])),
                     _bytes(11, _value_info("bias", ["batch", "rows", "length"])),
                     _bytes(12, _value_info("y", ["batch", "length", hidden])))
    opset = _Message(_bytes(1, ""), _int(2, OPSET))
    return bytes(_Message(_int(1, IR_VERSION), _bytes(2, "raremap"), _bytes(7, graph), _bytes(8, opset)))
