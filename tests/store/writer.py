"""A writer process for the concurrency and kill tests: N contacts through the library.

    python tests/store/writer.py URL N TAG

Prints each contact's id after its transaction commits, so a test that
kills the process knows which rows must be there.
"""

from __future__ import annotations

import sys
from datetime import date

from jobmatch.store.log import Log


def main(url: str, count: int, tag: str) -> None:
    with Log.open(url, timeout=60) as log:
        for n in range(count):
            ref = log.contact(
                date(2026, 11, 2), "follow_up_seeker", seeker=f"{tag}-{n}", adviser=tag
            )
            sys.stdout.write(ref + "\n")
            sys.stdout.flush()


if __name__ == "__main__":
    main(sys.argv[1], int(sys.argv[2]), sys.argv[3])
