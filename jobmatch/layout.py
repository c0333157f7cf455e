"""The data folder's names: where the seekers' and workplaces' files are, and the config.

Imports nothing of jobmatch's, so that the cheapest commands (``contact``, the
log's lookups) and the loader share one definition.
"""

from __future__ import annotations

from typing import Literal

Kind = Literal["seeker", "workplace"]

FOLDERS: dict[Kind, str] = {"seeker": "profiles", "workplace": "workplaces"}
"""The folder of each kind of record, in the data folder."""

RECORD_SUFFIXES = (".yaml", ".yml")
"""The extensions of a record file (a data folder's own files are ``.yaml``)."""

CONFIG_FILE = "jobmatch.toml"
"""The data folder's configuration."""
