"""The only part of tr_diplo_ie that knows stanza: loading models and converting documents."""

from .loader import ModelError, load_stanza  # noqa: F401
