"""The span categorizer's scores, computed the cheap way round: the same weights and the
same function as spaCy's `spacy.SpanCategorizer.v1` with `spacy.mean_max_reducer.v1`, in
another order of operations.

The reducer's hidden layer takes [last; first; mean; max] of each candidate span's token
vectors. The first two are rows of the token vectors, so their share of the layer is
computed once per token and gathered per span; the mean and the max need a product per
span, each a quarter of the original's width, and come from running sums and maxima
grown one width at a time (`_pooled`) rather than from copying each span's tokens out. A
statement of 80 tokens has hundreds of candidate spans, so this is much of the field
models' time; the scores equal the original's up to float rounding (a test compares them).

The tok2vec before it can be cut after its embeddings (`embedding_split`): the run time
embeds a statement's token attributes once for all its numbers and swaps in the position
feature's embedding per number (fields_model.FieldsModel._spans_from_features).

`span_scores` falls back to the model's own `predict` for any other architecture.
"""

from __future__ import annotations

import importlib

import numpy
from spacy.pipeline import SpanCategorizer
from spacy.tokens import Doc
from thinc.api import Model
from thinc.types import Ragged

# The forward functions of the layers `predict` walks itself. thinc.layers binds most of
# these names to the layers' constructors, so the modules are taken from importlib.
_chain, _dropout, _layernorm, _residual, _with_array = (
    importlib.import_module(f"thinc.layers.{name}")
    for name in ("chain", "dropout", "layernorm", "residual", "with_array"))

REDUCER_PARTS = ("reduce_last", "reduce_first", "reduce_mean", "reduce_max")


def _layers(spancat: SpanCategorizer) -> tuple[Model, Model, Model, Model] | None:
    """(tok2vec, maxout, layernorm, scorer) when the model is the architecture this module
    reproduces, else None."""
    model = spancat.model
    if not all(model.has_ref(r) for r in ("tok2vec", "reducer", "scorer")):
        return None
    reducer = model.get_ref("reducer")
    if len(reducer.layers) != 2:
        return None
    pooled, hidden = reducer.layers
    if [layer.name for layer in pooled.layers] != list(REDUCER_PARTS):
        return None
    # Maxout(normalize=True, dropout=0.0) chains a dropout layer, which predict skips
    if hidden.name not in ("maxout>>layernorm", "maxout>>layernorm>>dropout"):
        return None
    nodes = {node.name: node for node in hidden.walk()}
    maxout, norm = nodes["maxout"], nodes["layernorm"]
    return model.get_ref("tok2vec"), maxout, norm, model.get_ref("scorer")


def _pooled(h: numpy.ndarray, starts: numpy.ndarray, lengths: numpy.ndarray
            ) -> tuple[numpy.ndarray, numpy.ndarray]:
    """Per span (its first row of `h` and its length), the sum and the maximum of its rows.

    Windows of every width are grown in place one width at a time: after step w, row i
    holds the sum (max) of h[i .. i + w], added one token at a time as spaCy's reduce_mean
    does (not by differences of a running total, which would lose precision over a long
    batch); the spans of that width are read off before the next step. Two arrays of the
    size of `h` stay in cache where tables of every width did not. Rows near the end go
    stale, but no span runs past its doc.
    """
    n = len(h)
    sums = numpy.empty((len(starts), h.shape[1]), dtype=h.dtype)
    maxs = numpy.empty_like(sums)
    order = numpy.argsort(lengths, kind="stable")
    cuts = numpy.searchsorted(lengths[order], numpy.arange(1, int(lengths.max()) + 2))
    run_sum, run_max = h.copy(), h.copy()
    for w in range(len(cuts) - 1):
        if w:
            numpy.add(run_sum[:n - w], h[w:], out=run_sum[:n - w])
            numpy.maximum(run_max[:n - w], h[w:], out=run_max[:n - w])
        these = order[cuts[w]:cuts[w + 1]]
        if len(these):
            at = starts[these]
            sums[these] = run_sum[at]
            maxs[these] = run_max[at]
    return sums, maxs


def encoder_steps(spancat: SpanCategorizer) -> tuple[list, list[Model]] | None:
    """(the feature columns, the layers after the feature extractor) of the span model's
    tok2vec when it reads token attributes first (spaCy's MultiHashEmbed), else None: the
    run time then feeds it feature arrays of its own making instead of Docs."""
    tok2vec = spancat.model.get_ref("tok2vec") if spancat.model.has_ref("tok2vec") else None
    if tok2vec is None or len(tok2vec.layers) < 2 or not tok2vec.layers[0].layers:
        return None
    embed = tok2vec.layers[0]
    first = embed.layers[0]
    if first.name != "extract_features":
        return None
    return list(first.attrs["columns"]), [*embed.layers[1:], *tok2vec.layers[1:]]


def encode_features(steps: list[Model], features: list[numpy.ndarray]) -> list:
    """The tok2vec's output for these feature arrays (one per doc, as its feature
    extractor would make them): its layers after the extractor, called in turn as its
    chain calls them (`predict`)."""
    out = features
    for layer in steps:
        out = predict(layer, out)
    return out


def predict(layer: Model, X):
    """`layer.predict(X)`, the same floats, with each LayerNorm inside it by layer_norm:
    the chains, residuals and with_array wrappers around them are walked here as their
    own forward functions walk them, dropout (nothing at prediction) passed over; any
    other layer, or input of another kind, is the layer's own predict."""
    func = getattr(layer, "_func", None)
    if func is _chain.forward:
        for sub in layer.layers:
            X = predict(sub, X)
        return X
    if func is _dropout.forward:
        return X  # dropout is off at prediction: forward returns X itself
    if func is _layernorm.forward and isinstance(X, numpy.ndarray):
        return layer_norm(layer, X)
    if func is _residual.forward and isinstance(X, numpy.ndarray):
        return X + predict(layer.layers[0], X)
    if func is _with_array.forward:
        inner = layer.layers[0]
        if isinstance(X, Ragged):
            return Ragged(predict(inner, X.dataXd), X.lengths)
        if isinstance(X, list):
            # with_array's _list_forward: the docs flattened with `pad` rows between
            pad = layer.attrs["pad"]
            lengths = inner.ops.asarray1i([len(seq) for seq in X])
            return inner.ops.unflatten(predict(inner, inner.ops.flatten(X, pad=pad)),
                                       lengths, pad=pad)
    return layer.predict(X)


def embedding_split(steps: list[Model], columns: list[str], column: str
                    ) -> tuple[list[Model], list[Model], slice] | None:
    """Where the tok2vec's layers after the extractor (`steps`, from encoder_steps) can be
    cut so that one feature column's embedding is swapped in by hand: (the layers up to
    the concatenated embeddings, the layers after them, the embedding's columns in the
    concatenation); None when they are not spaCy's MultiHashEmbed (list2ragged, one
    embedding per column concatenated, ...). Each column is embedded on its own, so a
    statement's other columns are embedded once for all its numbers."""
    if len(steps) < 3 or steps[0].name != "list2ragged" or not steps[1].layers:
        return None
    concat = steps[1].layers[0]
    if len(concat.layers) != len(columns) or column not in columns:
        return None
    if not all(part.has_dim("nO") and part.get_dim("nO") for part in concat.layers):
        return None
    widths = [part.get_dim("nO") for part in concat.layers]
    k = columns.index(column)
    lo = sum(widths[:k])
    return steps[:2], steps[2:], slice(lo, lo + widths[k])


def embed(steps: list[Model], features: list[numpy.ndarray]) -> numpy.ndarray:
    """The docs' concatenated embeddings (all their tokens x width) from their feature
    arrays: the layers up to the cut of embedding_split."""
    return numpy.asarray(encode_features(steps, features).dataXd)


def encode_embedded(steps: list[Model], embedded: list[numpy.ndarray], ops) -> list:
    """The tok2vec's output from docs' concatenated embeddings (the layers after them)."""
    lengths = ops.asarray1i([len(e) for e in embedded])
    return encode_features(steps, Ragged(ops.asarray2f(numpy.concatenate(embedded)), lengths))


def span_scores(spancat: SpanCategorizer, docs: list[Doc]) -> tuple[Ragged, numpy.ndarray]:
    """What spancat.predict(docs) returns: the candidate spans and their scores."""
    indices = spancat.suggester(docs, ops=spancat.model.ops)
    parts = _layers(spancat)
    if parts is None or indices.lengths.sum() == 0:
        return spancat.predict(docs)
    return indices, scores_of(spancat, indices, parts[0].predict(docs))


def scores_of(spancat: SpanCategorizer, indices: Ragged, vectors: list) -> numpy.ndarray:
    """The scores of the candidate spans `indices` (at least one) from the docs' token
    vectors; the spancat's architecture must be the one `_layers` recognises."""
    parts = _layers(spancat)
    assert parts is not None
    _tok2vec, maxout, norm, scorer = parts
    W, b = maxout.get_param("W"), maxout.get_param("b")  # (nO, nP, nI), (nO, nP)
    nO, nP, nI = W.shape
    width = nI // 4
    # one weight block per pooled part, in the reducer's order: last, first, mean, max
    blocks = [numpy.ascontiguousarray(W[:, :, k * width:(k + 1) * width]
                                      .reshape(nO * nP, width).T) for k in range(4)]
    # All docs' tokens in one table, spans shifted to it: no span crosses a doc's end, so
    # the running sums and maxima may run across them.
    h = numpy.concatenate([numpy.asarray(v) for v in vectors])
    offsets = numpy.cumsum([0] + [len(v) for v in vectors[:-1]])
    spans = numpy.asarray(indices.dataXd)
    shift = numpy.repeat(offsets, indices.lengths.tolist())
    starts, ends = spans[:, 0] + shift, spans[:, 1] + shift
    k = nO * nP
    # thinc's gemm (one thread, as the model's own layers run), not numpy's: numpy's BLAS
    # starts a thread per core, which a busy machine or a pool of workers only slows
    gemm = spancat.model.ops.gemm
    lengths = ends - starts
    sums, maxs = _pooled(h, starts, lengths)
    y = gemm(h, blocks[0]).take(ends - 1, axis=0)
    y += gemm(h, blocks[1]).take(starts, axis=0)
    y += gemm(sums / lengths[:, None].astype(h.dtype), blocks[2])
    y += gemm(maxs, blocks[3])
    y += b.reshape(1, k)
    y = y.reshape(-1, nO, nP)
    # the maxout's max over its pieces (numpy's max over a short last axis is slow)
    best = y[:, :, 0]
    for p in range(1, nP):
        best = numpy.maximum(best, y[:, :, p])
    return scorer.predict(layer_norm(norm, best))


def layer_norm(norm: Model, X: numpy.ndarray) -> numpy.ndarray:
    """What thinc's LayerNorm `norm.predict(X)` returns, bit for bit, in fewer passes over
    the rows. thinc takes X.mean and X.var, and numpy's var sums the rows for the mean
    again and subtracts it, as the layer then does once more; here each is done once, with
    numpy's own steps (the sums by add.reduce divided by the row width as an intp, the
    squares by square), then ** -0.5, * G, + b, each step writing into the array of the
    step before: the same operations on the same values, so the same floats (a test
    compares them bit for bit)."""
    if X.dtype != numpy.float32 or X.ndim != 2 or not len(X):
        return norm.predict(X)
    width = numpy.intp(X.shape[1])
    mu = numpy.add.reduce(X, axis=1, keepdims=True)
    numpy.true_divide(mu, width, out=mu, casting="unsafe")
    d = numpy.subtract(X, mu)
    var = numpy.add.reduce(numpy.square(d), axis=1, keepdims=True)
    numpy.true_divide(var, width, out=var, casting="unsafe")
    var += 1e-08
    numpy.multiply(d, var ** (-1.0 / 2.0), out=d)
    numpy.multiply(d, norm.get_param("G"), out=d)
    d += norm.get_param("b")
    return d
