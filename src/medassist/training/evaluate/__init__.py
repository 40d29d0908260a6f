"""Honest evaluation: held-out generation metrics with bootstrap CIs, PubMedQA, and the report."""
