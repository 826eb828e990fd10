"""Reference data shipped with the pipeline (see README.md here for its sources)."""
