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
