"""Insatsplan: the yearly plan for mental health and suicide prevention, edited offline."""

__version__ = "0.1.0"
