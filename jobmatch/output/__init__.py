"""Output for scripts and files: JSON, CSV, atomic writes."""
