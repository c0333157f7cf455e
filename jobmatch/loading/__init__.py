"""Reading advisers' files: text-first YAML, models, the data folder."""

from jobmatch.loading.folder import (
    DataSet,
    ValidationReport,
    Views,
    find_seeker,
    find_workplace,
    load_data,
    load_views,
    resolve_data_dir,
    validate_paths,
)
from jobmatch.loading.records import load_record

__all__ = [
    "DataSet",
    "ValidationReport",
    "Views",
    "find_seeker",
    "find_workplace",
    "load_data",
    "load_record",
    "load_views",
    "resolve_data_dir",
    "validate_paths",
]
