"""The numpy all-MiniLM-L6-v2 encoder: reference similarities, batching, damaged files."""

from __future__ import annotations

import io
import zipfile

import numpy as np
import pytest

from raremap.engine.tagger.embedding import ModelUnavailable, load_encoder, model_zip


@pytest.fixture(scope="module")
def encoder():
    return load_encoder()


@pytest.fixture(scope="module")
def numpy_encoder():
    return load_encoder(runtime="numpy")


def test_reference_similarities_of_the_model_documentation(encoder):
    # The sentence-transformers documentation prints these cosine similarities for
    # all-MiniLM-L6-v2 (semantic textual similarity example): 0.8939 and 0.6788.
    v = encoder.encode(["The new movie is awesome", "The new movie is so great",
                        "The cat sits outside", "The cat plays in the garden"])
    assert float(v[0] @ v[1]) == pytest.approx(0.8939, abs=1e-3)
    assert float(v[2] @ v[3]) == pytest.approx(0.6788, abs=1e-3)
    assert abs(float(v[0] @ v[2])) < 0.2


def test_vectors_are_unit_length_and_related_phrases_are_closer(encoder):
    v = encoder.encode(["skin getting darker", "Hyperpigmentation of the skin", "Impotence",
                        "pins and needles in my feet", "Paresthesia", "Hearing loss"])
    assert np.allclose(np.linalg.norm(v, axis=1), 1.0, atol=1e-5)
    assert v[0] @ v[1] > v[0] @ v[2] + 0.3
    assert v[3] @ v[4] > v[3] @ v[5]


def test_a_phrase_gets_the_same_vector_alone_and_in_a_padded_batch(encoder):
    batch = encoder.encode(["fever", "a much longer sentence about a fever and a cough at night"])
    alone = encoder.encode(["fever"])
    assert np.abs(batch[0] - alone[0]).max() < 1e-5


def test_empty_list_and_empty_text(encoder):
    assert encoder.encode([]).shape == (0, 384)
    v = encoder.encode([""])
    assert v.shape == (1, 384) and np.isfinite(v).all()


def _one_sentence(message: str) -> bool:
    return "\n" not in message and message.endswith(".") and message.count(". ") == 0


def test_missing_model_file_is_one_sentence(tmp_path):
    with pytest.raises(ModelUnavailable) as err:
        load_encoder(tmp_path / "model.zip")
    assert "missing" in str(err.value) and _one_sentence(str(err.value))


def test_a_file_that_is_not_a_zip_is_damaged(tmp_path):
    bad = tmp_path / "model.zip"
    bad.write_bytes(b"not a zip at all" * 100)
    with pytest.raises(ModelUnavailable) as err:
        load_encoder(bad)
    assert "damaged" in str(err.value) and _one_sentence(str(err.value))


def test_truncated_weights_are_damaged(tmp_path):
    with zipfile.ZipFile(model_zip()) as src:
        config, tokenizer = src.read("config.json"), src.read("tokenizer.json")
        weights = src.open("model.safetensors").read(4096)
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as zf:
        zf.writestr("config.json", config)
        zf.writestr("tokenizer.json", tokenizer)
        zf.writestr("model.safetensors", weights)
    bad = tmp_path / "model.zip"
    bad.write_bytes(buf.getvalue())
    with pytest.raises(ModelUnavailable, match="damaged"):
        load_encoder(bad)


def test_gelu_matches_the_exact_erf_formula():
    from scipy.special import erf

    from raremap.engine.tagger.embedding import _gelu

    x = np.linspace(-12, 12, 4001, dtype=np.float32).reshape(1, -1)
    exact = 0.5 * x.astype(np.float64) * (1.0 + erf(x.astype(np.float64) / np.sqrt(2.0)))
    got = _gelu(x.copy())
    assert got.dtype == np.float32
    assert np.abs(got - exact).max() < 2e-6


def test_the_mean_of_the_token_states_is_the_phrase_vector(encoder):
    text = "pins and needles in his feet and his skin is getting darker"
    states, offsets = encoder.token_states(text)
    assert states.shape == (len(offsets), 384)
    assert offsets[0] == offsets[-1] == (0, 0)  # [CLS] and [SEP]
    assert text[offsets[1][0] : offsets[1][1]] == "pins"
    mean = states.mean(0)
    assert float(mean / np.linalg.norm(mean) @ encoder.encode([text])[0]) == pytest.approx(1.0, abs=1e-5)


def _alone(encoder, text):
    ids = np.asarray([encoder.tokenizer.encode(text).ids], dtype=np.int64)
    return encoder._hidden(ids, np.ones_like(ids))[0]


@pytest.mark.parametrize("runtime", ["numpy", "onnxruntime"])
def test_texts_read_in_one_pass_get_the_same_numbers_as_each_alone(runtime, encoder, numpy_encoder):
    # Both runtimes, and numpy's BLAS from 2.4 on, sum in an order that depends on the matrix
    # sizes: the same numbers to float32 rounding, not to the bit.
    if runtime == "onnxruntime" and encoder.runtime != "onnxruntime":
        pytest.skip("onnxruntime is not installed")
    enc = numpy_encoder if runtime == "numpy" else encoder

    def close(a, b):
        return a.shape == b.shape and np.abs(a - b).max() < 1e-5

    texts = ["my skin is getting darker", "fever", "pins and needles in his feet and his skin is getting darker",
             "", "in his feet and his skin is getting darker"]
    enc._states.clear()
    together = enc.token_states_many(texts)
    for text, (states, offsets) in zip(texts, together, strict=True):
        assert close(states, _alone(enc, text))
        assert offsets == list(enc.tokenizer.encode(text).offsets)
        assert close(enc.vector_of(states), enc.encode([text])[0])


PHRASES = ["skin getting darker", "he craves salt, licks it off pretzels and chips and piles it on everything",
           "Hyperpigmentation of the skin", "fever", "", "b-b-b-ball, and his face goes red trying to get it out",
           "I get winded on the stairs, no fever, and my skin is weird"]


def test_onnxruntime_and_numpy_give_the_same_vectors_and_token_states(encoder, numpy_encoder):
    if encoder.runtime != "onnxruntime":
        pytest.skip("onnxruntime is not installed")
    assert numpy_encoder.runtime == "numpy"
    fast, plain = encoder.encode(PHRASES), numpy_encoder.encode(PHRASES)  # padded batches
    assert (fast * plain).sum(1).min() > 1 - 1e-6
    assert np.abs(fast - plain).max() < 1e-5
    encoder._states.clear()
    numpy_encoder._states.clear()
    for (a, offsets_a), (b, offsets_b) in zip(encoder.token_states_many(PHRASES),  # one packed pass
                                              numpy_encoder.token_states_many(PHRASES), strict=True):
        assert offsets_a == offsets_b and a.shape == b.shape
        assert np.abs(a - b).max() < 1e-5


def test_without_onnxruntime_numpy_runs_the_model(monkeypatch):
    import builtins

    real_import = builtins.__import__

    def no_onnxruntime(name, *args, **kwargs):
        if name == "onnxruntime":
            raise ImportError(name)
        return real_import(name, *args, **kwargs)

    monkeypatch.setattr(builtins, "__import__", no_onnxruntime)
    enc = load_encoder()
    assert enc.runtime == "numpy" and enc.session is None
    assert enc.encode(["fever"]).shape == (1, 384)
    monkeypatch.undo()
    monkeypatch.setenv("RAREMAP_EMBEDDING_RUNTIME", "numpy")
    assert load_encoder().runtime == "numpy"


def test_token_states_are_kept_for_repeated_texts_and_cannot_be_changed(encoder, monkeypatch):
    from raremap.engine.tagger import embedding

    encoder._states.clear()
    first, _ = encoder.token_states("my hands shake")
    again, _ = encoder.token_states("my hands shake")
    assert again is first and not first.flags.writeable
    monkeypatch.setattr(embedding, "STATES_CACHE", 2)
    for text in ("one", "two", "three"):
        encoder.token_states(text)
    assert list(encoder._states) == ["two", "three"]
    assert encoder.token_states("my hands shake")[0] is not first
