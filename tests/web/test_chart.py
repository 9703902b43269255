from raremap.web.pages.chart import BAR_SPACE, LABEL_WIDTH, band_chart


def bands(*counts):
    slugs = ["obligate", "very-frequent", "frequent", "unknown"]
    return [{"band": s, "range": s, "features": [{}] * n} for s, n in zip(slugs, counts, strict=False)]


def test_the_longest_bar_fills_the_space_and_the_others_are_proportional():
    chart = band_chart(bands(1, 4, 2))
    widths = [b["width"] for b in chart["bars"]]
    assert widths == [BAR_SPACE / 4, BAR_SPACE, BAR_SPACE / 2]
    assert chart["total"] == 7
    assert all(b["x"] == LABEL_WIDTH for b in chart["bars"])


def test_bars_stack_without_overlap_and_unknown_is_labelled():
    chart = band_chart(bands(3, 1, 1, 2))
    ys = [b["y"] for b in chart["bars"]]
    assert all(b - a >= chart["bars"][0]["height"] for a, b in zip(ys, ys[1:], strict=False))
    assert chart["bars"][-1]["label"] == "Not recorded"
    assert chart["height"] >= ys[-1] + chart["bars"][-1]["height"]


def test_an_empty_page_draws_no_bars():
    assert band_chart([])["bars"] == []
