"""`demo`: a model that answers with what it received, so you can see what reached the model."""
