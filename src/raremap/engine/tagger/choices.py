""""Which of these do you mean?": candidate terms for vague phrases.

A phrase is vague when the term it evoked is a broad grouping (at least
:data:`GENERAL_MIN_DESCENDANTS` narrower terms, e.g. "my skin is weird" → Abnormality of
the skin) or its words include a vague word from the lay vocabulary ("problems",
"weird"). The choices are narrower terms that people commonly have — ranked by how many
diseases of the release are annotated with them, preferring terms with a lay name — kept
distinct (no choice is an ancestor of another), then the broad term itself. When nothing
at all was found, the best partial matches become the choices.
"""

from __future__ import annotations

from raremap.engine.tagger.result import Choice, Question, TaggedTerm

GENERAL_MIN_DESCENDANTS = 50
MAX_CHOICE_DESCENDANTS = 40  #: a choice must be concrete enough to recognise
MAX_CHOICES = 6
WEAK_MIN_SCORE = 0.3


def _choice(kb, hpo: str) -> Choice:
    term = kb.ontology.term(hpo)
    return Choice(hpo, term.name, tuple(term.lay_names[:3]), term.definition)


def narrower_choices(tagger, hpo: str) -> tuple[Choice, ...]:
    cache = tagger.narrower_cache
    if hpo in cache:
        return cache[hpo]
    kb = tagger.kb
    ont = kb.ontology
    lex = tagger.lexicon
    base_depth = int(lex.depth[lex.slot_of[hpo]])
    scored = []
    for d in ont.descendants(hpo):
        slot = lex.slot_of.get(d)
        if slot is None or int(lex.depth[slot]) - base_depth > 6:
            continue
        if int(lex.n_descendants[slot]) > MAX_CHOICE_DESCENDANTS:
            continue
        count = float(ont.disease_counts[ont.index[d]])
        if count <= 0:
            continue
        term = ont.term(d)
        if term.name.lower().startswith(("abnormal", "aplasia/hypoplasia")):
            continue  # groupings ("Abnormal skin morphology") mean little to a patient
        has_lay = any(s.kind == "layperson" for s in term.synonyms)
        scored.append((count * (3.0 if has_lay else 1.0), d))
    scored.sort(key=lambda sd: (-sd[0], sd[1]))
    picked: list[str] = []
    for _, d in scored:
        anc = ont.ancestors(d)
        if any(p in anc or d in ont.ancestors(p) for p in picked):
            continue
        picked.append(d)
        if len(picked) == MAX_CHOICES - 1:
            break
    out = tuple(_choice(kb, d) for d in [*picked, hpo])
    cache[hpo] = out
    return out


def ask(tagger, text: str, words, tokens, terms: list[TaggedTerm], candidates) -> list[Question]:
    lex = tagger.lexicon
    vague = tagger.vocabulary.vague
    questions: list[Question] = []
    for t in terms:
        if t.negated:
            continue
        slot = lex.slot_of[t.hpo]
        span_words = [w.norm for w in words if w.start >= t.start and w.end <= t.end]
        general = int(lex.n_descendants[slot]) >= GENERAL_MIN_DESCENDANTS
        if general or any(w in vague or tagger.normaliser.stem(w) in vague for w in span_words):
            choices = narrower_choices(tagger, t.hpo) if int(lex.n_descendants[slot]) > 1 else ()
            if len(choices) < 3:
                choices = tuple(_choice(tagger.kb, h) for h in [t.hpo, *lex_parents(tagger, t.hpo)])
            questions.append(Question(t.start, t.end, text[t.start : t.end], choices))
    if not terms:
        weak = sorted((c for c in candidates if c.score >= WEAK_MIN_SCORE), key=lambda c: -c.score)
        slots: list[int] = []
        for c in weak:
            if c.slot not in slots:
                slots.append(c.slot)
        if slots:
            picked = [c for c in weak if c.slot in slots[:MAX_CHOICES]]
            first = min(c.first_word for c in picked)
            last = max(c.last_word for c in picked)
            start, end = words[first].start, words[last].end
            choices = tuple(_choice(tagger.kb, lex.term_ids[s]) for s in slots[:MAX_CHOICES])
            questions.append(Question(start, end, text[start:end], choices))
    return questions


def lex_parents(tagger, hpo: str) -> list[str]:
    return [p for p in tagger.kb.ontology.parents(hpo) if p in tagger.lexicon.slot_of][:2]
