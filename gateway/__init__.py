"""An AI DIAL Core-compatible gateway that runs a chain of interceptors in front of each model."""
