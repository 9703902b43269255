from raremap.web.pages.symptom_table import render_bands


def band(*features, slug="obligate"):
    return {"band": slug, "heading": "100% of people have these symptoms", "features": list(features)}


def feature(**changes):
    base = {"hpo_id": "HP:0001271", "name": "Polyneuropathy", "lay_names": ["Peripheral nerve disease"],
            "frequency": "100% of people", "frequency_raw": "HP:0040280", "onset": None, "sex": None}
    return base | changes


def test_rows_link_to_the_term_and_carry_the_filter_text():
    html = render_bands([band(feature())])
    assert '<tbody class="band band-obligate" data-band="obligate">' in html
    assert '<a href="/term/HP:0001271/">Polyneuropathy</a>' in html
    assert 'data-text="polyneuropathy peripheral nerve disease hp:0001271"' in html
    assert '<th scope="rowgroup" colspan="4" id="band-obligate">100% of people have these symptoms <span class="count">(1)</span>' in html
    assert 'class="band-freq"' in html  # a band term frequency repeats the heading


def test_exact_frequencies_onset_and_sex_are_shown():
    html = render_bands([band(feature(frequency="3 of 4 people (75%)", frequency_raw="3/4",
                                      onset="Adult onset", sex="female", lay_names=[]))])
    assert 'class="band-freq"' not in html
    assert '<span class="note">Onset: Adult onset</span><span class="note">In females</span>' in html
    assert '<td data-label="Everyday names" class="none">—</td>' in html


def test_every_value_is_escaped():
    html = render_bands([band(feature(name='<script>alert("x")</script>', lay_names=['"quoted" & <b>']))])
    assert "<script>" not in html and "<b>" not in html
    assert "&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;" in html
    assert "&quot;quoted&quot; &amp; &lt;b&gt;" in html


def test_a_long_list_of_everyday_names_shows_the_first_few_and_how_many_more():
    names = ["Speech delay", "Delayed speech", "Language delay", "Poor speech", "Late talking"]
    html = render_bands([band(feature(lay_names=names))])
    assert ('<td data-label="Everyday names">Speech delay, Delayed speech, Language delay'
            ' <span class="muted">and 2 more</span></td>') in html
    assert "late talking" in html.split('data-text="', 1)[1].split('"', 1)[0]  # the filter finds all of them


def test_a_band_figure_that_names_its_source_is_not_hidden_on_phones():
    # On a page joining an Orphanet and an OMIM record, "Orphanet: 80%-99% of people" says
    # where the figure comes from: phones keep it, though the band heading gives the figure.
    named = feature(frequency="80%-99% of people", frequency_raw="HP:0040281",
                    how_often="Orphanet: 80%-99% of people", frequencies=[{"source": "Orphanet"}])
    html = render_bands([band(named, slug="very-frequent")])
    assert 'class="band-freq"' not in html and '><span class="freq">Orphanet: 80%-99% of people</span></td>' in html
    plain = feature(how_often="100% of people", frequencies=[{"source": ""}])
    assert 'class="band-freq"' in render_bands([band(plain)])


def test_each_sources_figure_is_kept_whole_and_the_cell_breaks_between_them():
    # One unbreakable cell ("OMIM: 112 of 140 people (80%); Orphanet: 30%-79% of people")
    # made Marfan syndrome's table 1,059 px wide: it ran past the screen below 1,100 px.
    two = feature(how_often="OMIM: 112 of 140 people (80%); Orphanet: 30%-79% of people",
                  frequencies=[{"source": "OMIM"}, {"source": "Orphanet"}])
    html = render_bands([band(two, slug="very-frequent")])
    assert ('<td data-label="How often"><span class="freq">OMIM: 112 of 140 people (80%)</span>; '
            '<span class="freq">Orphanet: 30%-79% of people</span></td>') in html
