"""One composer per question (or small group of questions): facts in, words out."""
