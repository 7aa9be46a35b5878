"""The base of every object that wraps a library handle."""

from __future__ import annotations

import ctypes
from types import TracebackType
from typing import Any, Callable, List, Optional, Type, TypeVar

from . import _native

H = TypeVar("H", bound="Handle")


class Handle:
    """Owns one ``jx_*`` handle and frees it exactly once: on :meth:`close`, on leaving a ``with``
    block, or (as a fallback) when garbage-collected. A handle *borrowed* from another (an audit's
    evaluation) is never freed by itself and becomes unusable when its owner is closed.

    Using a closed handle raises :class:`ValueError`.
    """

    _free_name: str = ""
    _kind: str = "handle"

    def __init__(self, ptr: int, owner: Optional["Handle"] = None, keep: Optional[List[Any]] = None) -> None:
        """Takes ownership of ``ptr`` (an address); with ``owner``, borrows it instead."""
        self._ptr: Optional[int] = ptr or None
        self._owner = owner
        # The free function is looked up now, so that __del__ does not depend on module globals
        # that may be gone at interpreter shutdown.
        self._free: Optional[Callable[[Any], None]] = (
            None if owner is not None else getattr(_native.lib(), self._free_name)
        )
        # Objects this handle keeps alive, and handles it closes with itself.
        self._keep: List[Any] = keep or []
        self._owned: List["Handle"] = []

    # ---- lifetime ----------------------------------------------------------------------------

    @property
    def closed(self) -> bool:
        """True after :meth:`close` (or when the owning handle was closed)."""
        return self._ptr is None or (self._owner is not None and self._owner.closed)

    def close(self) -> None:
        """Frees the handle now. Closing twice is harmless."""
        ptr, self._ptr = self._ptr, None
        if ptr is not None and self._free is not None:
            self._free(ctypes.c_void_p(ptr))
        owned, self._owned = self._owned, []
        for handle in owned:
            handle.close()
        self._keep = []

    def _adopt(self, other: "Handle") -> None:
        """Keeps ``other`` alive as long as this handle, and closes it with this one."""
        self._owned.append(other)

    def _retain(self, other: Any) -> None:
        """Keeps ``other`` alive as long as this handle (without closing it)."""
        self._keep.append(other)

    def __enter__(self: H) -> H:
        self._handle()
        return self

    def __exit__(
        self,
        exc_type: Optional[Type[BaseException]],
        exc: Optional[BaseException],
        tb: Optional[TracebackType],
    ) -> None:
        self.close()

    def __del__(self) -> None:
        try:
            self.close()
        except Exception:  # pragma: no cover - interpreter shutdown
            pass

    def _handle(self) -> ctypes.c_void_p:
        """The pointer for a call; ValueError when closed."""
        if self._ptr is None:
            raise ValueError(f"operation on a closed {self._kind}")
        if self._owner is not None and self._owner.closed:
            raise ValueError(f"operation on a {self._kind} whose owner is closed")
        return ctypes.c_void_p(self._ptr)

    def _state(self) -> str:
        return "closed" if self.closed else "open"
