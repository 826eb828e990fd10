"""Ofsted inspection reports -> clean, traceable tables."""

__version__ = "0.1.0"
