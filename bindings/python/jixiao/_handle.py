"""The base of every object that wraps a library handle."""

from __future__ import annotations

import threading
from types import TracebackType
from typing import Any, Callable, Optional, Tuple, Type, TypeVar

from . import _native

H = TypeVar("H", bound="HandleBase")

# Guards the lazy copies of results.py (a form's rows are copied once even when two threads ask).
# Reentrant: a copy may trigger the collector, whose finalizers may copy or free.
lock = threading.RLock()


class HandleBase:
    """Owns one ``jx_*`` handle and frees it exactly once: on :meth:`close`, on leaving a ``with``
    block, or (as a fallback) when garbage-collected. A handle *borrowed* from another (an audit's
    evaluation) is never freed by itself and becomes unusable when its owner is closed.

    Using a closed handle raises :class:`ValueError`. Values already read from it stay valid: when
    a result's forms still have rows to copy at ``close()``, the native handle is handed to them
    (``_lazy``, see results.py) and freed when the last of them has copied its rows or is gone.

    The freeing at collection is :class:`Handle`'s ``__del__``; a class whose native handle is
    owned by a keeper of its own from the start (EvaluationResult: its ``_lazy``) derives from this
    base directly and has no ``__del__`` (a Python frame per object collected, on a batch's path).
    """

    _free_name: str = ""
    _kind: str = "handle"

    # Defaults as class attributes, so that making a handle sets only what differs (results are made
    # once per evaluation: this is on the hot path).
    _ptr: Optional[int] = None  # the address while open
    _owner: Optional["Handle"] = None
    _free: Optional[Callable[[Any], None]] = None  # the class's jx_*_free; None on a borrowed handle
    _keep: Tuple[Any, ...] = ()  # objects this handle keeps alive
    _owned: Tuple["Handle", ...] = ()  # handles it closes with itself
    # A reader of the native handle that may outlive close(): something with ``pending`` (true while
    # it still needs the handle) and ``free`` (set by close() to hand it the freeing).
    _lazy: Any = None

    def __init__(self, ptr: int, owner: Optional["Handle"] = None, keep: Optional[Tuple[Any, ...]] = None) -> None:
        """Takes ownership of ``ptr`` (an address); with ``owner``, borrows it instead."""
        self._ptr: Optional[int] = ptr or None
        if owner is not None:
            self._owner = owner
            self._free = None
        elif self._free is None:
            type(self)._set_free()
        if keep:
            self._keep = tuple(keep)

    @classmethod
    def _set_free(cls) -> None:
        """Looks the class's jx_*_free up, once: a class attribute, so that __del__ does not depend
        on module globals that may be gone at interpreter shutdown."""
        cls._free = getattr(_native.lib(), cls._free_name)

    # ---- lifetime ----------------------------------------------------------------------------

    @property
    def closed(self) -> bool:
        """True after :meth:`close` (or when the owning handle was closed)."""
        return self._ptr is None or (self._owner is not None and self._owner.closed)

    def close(self) -> None:
        """Frees the handle now (or, when forms read from it still have rows to copy, hands it to
        them: the last to let go frees it). Closing twice is harmless."""
        ptr = self._ptr
        if ptr is not None:
            self._ptr = None
            lazy = self._lazy
            if lazy is not None:
                self._lazy = None
                if lazy.pending:
                    lazy.free = self._free
                    ptr = None
                else:
                    lazy.free = None  # freed here, not by the keeper
            if ptr is not None and self._free is not None:
                self._free(ptr)
        if self._owned:
            owned, self._owned = self._owned, ()
            for handle in owned:
                handle.close()
        if self._keep:
            self._keep = ()

    def _adopt(self, other: "Handle") -> None:
        """Keeps ``other`` alive as long as this handle, and closes it with this one."""
        self._owned = self._owned + (other,)

    def _retain(self, other: Any) -> None:
        """Keeps ``other`` alive as long as this handle (without closing it)."""
        self._keep = self._keep + (other,)

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

    def _handle(self) -> int:
        """The address for a call (ctypes converts it for a ``c_void_p`` parameter); ValueError
        when closed."""
        ptr = self._ptr
        if ptr is None:
            raise ValueError(f"operation on a closed {self._kind}")
        if self._owner is not None and self._owner.closed:
            raise ValueError(f"operation on a {self._kind} whose owner is closed")
        return ptr

    def _state(self) -> str:
        return "closed" if self.closed else "open"


class Handle(HandleBase):
    """A :class:`HandleBase` freed, as a fallback, when garbage-collected without :meth:`close`."""

    def __del__(self) -> None:
        if self._ptr is not None or self._owned:  # not closed yet (a closed handle costs no call)
            try:
                self.close()
            except Exception:  # pragma: no cover - interpreter shutdown
                pass
