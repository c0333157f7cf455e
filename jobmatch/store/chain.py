"""The audit chain's arithmetic, free of any database library (``rank`` imports it).

An event's hash is SHA-256 over the previous event's hash and the event's
own fields as canonical JSON, so editing or removing any event breaks the
link after it. Seekers and workplaces appear only as keyed hashes
(HMAC-SHA-256 with a random key per person or workplace); the hashes of a
command's inputs and result are keyed with the keys of the people it names.
Deleting a person's key (``forget``) leaves hashes nobody can link to them,
and the chain still verifies, since it never needs the key again.
"""

from __future__ import annotations

import hashlib
import hmac
import json
import secrets
from collections.abc import Sequence
from datetime import UTC, datetime

GENESIS = "0" * 64


def canonical(value: object) -> bytes:
    """JSON with sorted keys and no spaces: the same bytes for the same value everywhere."""
    return json.dumps(value, sort_keys=True, separators=(",", ":"), ensure_ascii=False).encode()


def new_key() -> str:
    return secrets.token_hex(32)


def token(key: str, kind: str, ref: str) -> str:
    """The keyed hash that stands for a seeker or workplace in the audit trail."""
    return hmac.new(bytes.fromhex(key), f"{kind}:{ref}".encode(), hashlib.sha256).hexdigest()


def keyed_digest(keys: Sequence[str], value: object) -> str:
    """A hash of ``value`` keyed with the subjects' keys (plain SHA-256 when there are none)."""
    if not keys:
        return hashlib.sha256(canonical(value)).hexdigest()
    material = b"".join(bytes.fromhex(k) for k in sorted(keys))
    return hmac.new(material, canonical(value), hashlib.sha256).hexdigest()


def event_hash(
    prev: str,
    seq: int,
    at: str,
    adviser: str,
    command: str,
    subjects: str,
    inputs_hash: str,
    result_hash: str,
) -> str:
    body = canonical([seq, at, adviser, command, subjects, inputs_hash, result_hash])
    return hashlib.sha256(prev.encode() + body).hexdigest()


def now() -> str:
    """The time of an event: UTC, to the microsecond, ISO 8601."""
    return datetime.now(UTC).isoformat(timespec="microseconds")
