"""Keys inside private blocks are printed only when they are the model's own field names."""

from __future__ import annotations

from jobmatch.loading.yamltext import PRIVATE_BLOCKS, dotted
from jobmatch.models import Accommodation, Confidential


def test_private_blocks_allow_every_field_of_their_model_and_nothing_else() -> None:
    """A field added to the model (``category`` in data-format 1.1) is named in errors."""
    assert PRIVATE_BLOCKS["accommodations"] == frozenset(Accommodation.model_fields)
    assert PRIVATE_BLOCKS["confidential"] == frozenset(Confidential.model_fields)


def test_a_field_is_named_and_a_key_of_free_text_is_hidden() -> None:
    assert dotted(("accommodations", 0, "category")) == "accommodations.0.category"
    assert dotted(("accommodations", 0, "diagnose_x")) == "accommodations.0.?"
