"""Evaluation: ROUGE scores (``rouge``), the official ROUGE-1.5.5 script (``perl_rouge``), significance tests (``significance``)."""
