"""The toxicity blocker's labelled set: seeded templates (tune, held-out, fresh) rendered with slot values."""
