"""Use cases. Services call the domain and the store, flush but never commit (the surface that
called them owns the transaction), and never print."""
