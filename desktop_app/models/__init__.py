"""Qt item models over the archive's rows."""
