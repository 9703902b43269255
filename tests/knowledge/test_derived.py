"""``kb.derived``: values computed from a knowledge base, kept with it."""

import threading
import time

from raremap.knowledge.derived import DerivedValues


def counting(value, calls):
    def compute():
        calls.append(value)
        return value
    return compute


def test_a_value_is_computed_once_per_name_and_key():
    derived, calls = DerivedValues(), []
    assert derived.get("matrices", counting(1, calls)) == 1
    assert derived.get("matrices", counting(2, calls)) == 1
    assert derived.get("parts", counting(3, calls), key="ORPHA:1") == 3
    assert derived.get("parts", counting(4, calls), key="ORPHA:2") == 4
    assert calls == [1, 3, 4]


def test_a_limited_name_drops_the_least_recently_used_key_first():
    derived, calls = DerivedValues(), []
    derived.get("parts", counting("a", calls), key="a", limit=2)
    derived.get("parts", counting("b", calls), key="b", limit=2)
    assert derived.get("parts", counting("a again", calls), key="a", limit=2) == "a"  # now the most recent
    derived.get("parts", counting("c", calls), key="c", limit=2)  # drops "b"
    assert derived.kept("parts") == ["a", "c"]
    assert calls == ["a", "b", "c"]


def test_forget_drops_a_name_only():
    derived, calls = DerivedValues(), []
    derived.get("matrices", counting(1, calls))
    derived.get("tagger", counting(2, calls))
    derived.forget("matrices")
    assert derived.get("matrices", counting(3, calls)) == 3
    assert derived.get("tagger", counting(4, calls)) == 2
    assert derived.names() == ["tagger", "matrices"]


def test_many_keys_compute_the_missing_ones_in_one_call():
    derived, calls = DerivedValues(), []

    def squares(keys):
        calls.append(list(keys))
        return [k * k for k in keys]

    assert derived.get_many("sq", [2, 3], squares, limit=3) == [4, 9]
    assert derived.get_many("sq", [3, 4, 2, 4], squares, limit=3) == [9, 16, 4, 16]
    assert calls == [[2, 3], [4]]
    assert derived.kept("sq") == [3, 2, 4]  # least recently used first (found, then computed), at most 3
    derived.get_many("sq", [5], squares, limit=3)
    assert derived.kept("sq") == [2, 4, 5]


def test_threads_asking_for_an_unlimited_value_share_one_build():
    derived, calls = DerivedValues(), []

    def slow():
        calls.append(1)
        time.sleep(0.05)
        return object()

    got = []
    threads = [threading.Thread(target=lambda: got.append(derived.get("matrices", slow))) for _ in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert len(calls) == 1 and len({id(g) for g in got}) == 1


def test_each_knowledge_base_keeps_its_own_values(kb, mini_kb):
    from raremap.engine.matrices import engine_matrices
    from raremap.engine.tagger import get_tagger

    assert engine_matrices(kb) is engine_matrices(kb)
    assert engine_matrices(mini_kb) is not engine_matrices(kb)
    assert engine_matrices(mini_kb).n_diseases == len(mini_kb.diseases)
    assert get_tagger(kb) is get_tagger(kb) and get_tagger(mini_kb) is not get_tagger(kb)
