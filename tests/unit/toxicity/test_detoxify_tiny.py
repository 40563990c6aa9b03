"""The detoxify backend's loading and scoring code, on a tiny model of the real one's shape built
here (a 1-layer BERT with a 40-word vocabulary): no download, seeded, a few hundred kilobytes."""

from __future__ import annotations

import pytest
import torch  # in the `toxicity` extra, so that CI runs this (no skip)
import transformers

from interceptors.toxicity_blocker.classifiers import ClassifierUnavailableError, load_classifier

CLASSES = ["toxic", "severe_toxic", "obscene", "threat", "insult", "identity_hate"]  # as `original` has
WORDS = [
    "i",
    "will",
    "kill",
    "you",
    "hello",
    "there",
    "friend",
    "the",
    "process",
    "is",
    "stuck",
    "please",
    "help",
]


@pytest.fixture(scope="module")
def tiny(tmp_path_factory):
    where = tmp_path_factory.mktemp("detoxify")
    config_dir = where / "config"
    config_dir.mkdir()
    (config_dir / "vocab.txt").write_text("\n".join(["[PAD]", "[UNK]", "[CLS]", "[SEP]", "[MASK]", *WORDS]))
    transformers.BertTokenizer(str(config_dir / "vocab.txt")).save_pretrained(config_dir)
    config = transformers.BertConfig(
        vocab_size=5 + len(WORDS),
        hidden_size=8,
        num_hidden_layers=1,
        num_attention_heads=2,
        intermediate_size=16,
        num_labels=len(CLASSES),
        max_position_embeddings=64,
    )
    config.save_pretrained(config_dir)
    torch.manual_seed(14)
    model = transformers.BertForSequenceClassification(config)
    with torch.no_grad():  # a bias that makes "threat" the top category whatever the input
        model.classifier.bias.copy_(torch.tensor([0.0, -4.0, -4.0, 4.0, -4.0, -4.0]))
    checkpoint = where / "tiny.ckpt"
    torch.save(
        {
            "config": {
                "arch": {
                    "args": {
                        "model_type": "bert-base-uncased",
                        "model_name": "BertForSequenceClassification",
                        "tokenizer_name": "BertTokenizer",
                        "num_classes": len(CLASSES),
                    }
                },
                "dataset": {"args": {"classes": CLASSES}},
            },
            "state_dict": model.state_dict(),
        },
        checkpoint,
    )
    return str(checkpoint), str(config_dir)


def test_a_checkpoint_of_the_real_shape_loads_offline_and_scores_every_category(tiny, monkeypatch):
    monkeypatch.setenv("HF_HUB_OFFLINE", "1")
    checkpoint, config_dir = tiny
    classifier = load_classifier(
        "detoxify", checkpoint=checkpoint, config_dir=config_dir, model_type="original"
    )
    assert classifier.categories == (
        "toxicity",
        "severe_toxicity",
        "obscene",
        "threat",
        "insult",
        "identity_attack",
    )  # no sexual_explicit in `original`
    assert set(classifier.default_thresholds) <= set(classifier.categories)
    scores = classifier.score(["i will kill you", "hello there friend"])
    assert [set(s) for s in scores] == [set(classifier.categories)] * 2
    assert all(0.0 <= p <= 1.0 for s in scores for p in s.values())
    assert scores[0]["threat"] > 0.9 and scores[0]["obscene"] < 0.1
    assert classifier.score([]) == []


def test_a_file_that_is_not_a_detoxify_checkpoint_is_refused(tiny, tmp_path):
    _, config_dir = tiny
    bad = tmp_path / "bad.ckpt"
    torch.save({"weights": torch.zeros(2)}, bad)
    with pytest.raises(ClassifierUnavailableError, match="not a detoxify checkpoint"):
        load_classifier("detoxify", checkpoint=str(bad), config_dir=config_dir)
