"""Describe symptoms in your own words: a JSON endpoint over the core tagger, a
"describe your symptoms" box the symptom checker includes, and a /tagging/ page."""
