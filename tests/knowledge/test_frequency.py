import pytest

from raremap.knowledge.frequency import Band, FrequencyError, band_for_share, parse_frequency


@pytest.mark.parametrize(
    ("raw", "band", "value"),
    [
        ("HP:0040280", Band.OBLIGATE, 1.0),
        ("HP:0040281", Band.VERY_FREQUENT, 0.895),
        ("HP:0040282", Band.FREQUENT, 0.545),
        ("HP:0040283", Band.OCCASIONAL, 0.17),
        ("HP:0040284", Band.VERY_RARE, 0.025),
        ("HP:0040285", Band.EXCLUDED, 0.0),
        ("", Band.UNKNOWN, None),
        ("1/1", Band.OBLIGATE, 1.0),
        ("4/5", Band.VERY_FREQUENT, 0.8),
        ("3/10", Band.FREQUENT, 0.3),
        ("1/20", Band.OCCASIONAL, 0.05),
        ("1/50", Band.VERY_RARE, 0.02),
        ("0/7", Band.EXCLUDED, 0.0),
        ("25%", Band.OCCASIONAL, 0.25),
        ("79.5%", Band.FREQUENT, 0.795),
        ("100%", Band.OBLIGATE, 1.0),
    ],
)
def test_it_places_each_kind_of_frequency_in_its_band(raw, band, value):
    freq = parse_frequency(raw)
    assert freq.band is band
    assert freq.value == pytest.approx(value) if value is not None else freq.value is None


@pytest.mark.parametrize("raw", ["5/4", "1/0", "often", "HP:0000001", "120%"])
def test_it_rejects_values_that_are_not_frequencies(raw):
    with pytest.raises(FrequencyError):
        parse_frequency(raw)


def test_band_boundaries_are_inclusive_at_the_bottom():
    assert band_for_share(0.8) is Band.VERY_FREQUENT
    assert band_for_share(0.7999) is Band.FREQUENT
    assert band_for_share(0.04) is Band.VERY_RARE
    assert band_for_share(0.001) is Band.VERY_RARE


def test_it_describes_frequencies_for_people():
    assert parse_frequency("3/7").describe() == "3 of 7 people (43%)"
    assert parse_frequency("1/1").describe() == "1 of 1 person (100%)"  # not "1 of 1 people"
    assert parse_frequency("0/1").describe() == "0 of 1 person (0%)"
    assert parse_frequency("1/2").describe() == "1 of 2 people (50%)"
    assert parse_frequency("HP:0040281").describe() == "80%-99% of people"
    assert parse_frequency("").describe() == "frequency not recorded"
