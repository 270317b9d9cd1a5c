"""Pure scoring rules: no Qt, no SQL. Everything here is exact (Decimal) and deterministic."""
