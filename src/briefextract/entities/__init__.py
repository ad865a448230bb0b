"""Entity detection helpers: candidates, context typing and alias links."""
