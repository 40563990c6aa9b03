"""`pii-anonymizer`: replaces personal data by reversible tokens before the model, restores after."""
