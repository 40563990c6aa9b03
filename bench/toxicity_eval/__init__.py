"""The toxicity blocker's labelled set: seeded templates (tune and held-out) rendered with slot values."""
