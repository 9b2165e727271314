namespace Briefly.Summarization.Training;

/// <summary>
/// A linear scorer fitted with a listwise softmax loss (the conditional logit model; ListNet's top-one form):
/// within each document the sentences' scores give P(i) = e^{s_i} / Σ_j e^{s_j}, and the loss is the weighted
/// cross-entropy −Σ_i q_i log P(i) against a target distribution q over the same sentences, plus an L2 penalty.
/// </summary>
/// <remarks>
/// Pointwise logistic regression asks every sentence to be good or bad in absolute terms; a summary only needs the
/// document's best sentences to outrank its others, which is what this loss asks. It is convex, so damped Newton
/// steps find the one optimum without randomness. There is no intercept: a constant added to every score of a
/// document changes nothing.
/// </remarks>
internal static class ListwiseSoftmax
{
    /// <param name="x">Row-major samples, <paramref name="features"/> wide, documents one after another.</param>
    /// <param name="starts">Where each document's rows begin, plus the total row count at the end.</param>
    /// <param name="targets">Per row, the document's target probability of that sentence (each document's sum to 1).</param>
    /// <param name="documentWeights">How much each document counts.</param>
    /// <param name="features">Number of columns.</param>
    /// <param name="l2">Penalty on the squared coefficients.</param>
    /// <param name="maxIterations">Newton steps at most.</param>
    /// <param name="tolerance">Stop once no coefficient moves more than this.</param>
    public static double[] Fit(
        ReadOnlySpan<double> x, ReadOnlySpan<int> starts, ReadOnlySpan<double> targets, ReadOnlySpan<double> documentWeights,
        int features, double l2, int maxIterations = 100, double tolerance = 1e-9)
    {
        var documents = starts.Length - 1;
        if (documents < 0 || documentWeights.Length != documents || targets.Length != starts[^1] || x.Length != starts[^1] * features)
            throw new ArgumentException("starts, targets, weights and rows do not agree");
        var beta = new double[features];
        var trial = new double[features];
        var gradient = new double[features];
        var hessian = new double[features * features];
        var expected = new double[features];
        var probabilities = new double[MaxRows(starts)];
        for (var iteration = 0; iteration < maxIterations; iteration++)
        {
            Array.Clear(gradient);
            Array.Clear(hessian);
            for (var g = 0; g < documents; g++)
            {
                var (from, to) = (starts[g], starts[g + 1]);
                if (to == from)
                    continue;
                var weight = documentWeights[g];
                var p = probabilities.AsSpan(0, to - from);
                Softmax(x, from, to, features, beta, p);
                Array.Clear(expected);
                for (var i = from; i < to; i++)
                {
                    var row = x.Slice(i * features, features);
                    var pi = p[i - from];
                    var residual = weight * (pi - targets[i]);
                    var h = weight * pi;
                    for (var a = 0; a < features; a++)
                    {
                        expected[a] += pi * row[a];
                        gradient[a] += residual * row[a];
                        var ha = h * row[a];
                        if (ha == 0)
                            continue;
                        for (var b = 0; b <= a; b++)
                            hessian[a * features + b] += ha * row[b];
                    }
                }
                // Hessian of log Σ e^{s}: E_p[x xᵀ] − E_p[x] E_p[x]ᵀ.
                for (var a = 0; a < features; a++)
                {
                    var wa = weight * expected[a];
                    for (var b = 0; b <= a; b++)
                        hessian[a * features + b] -= wa * expected[b];
                }
            }
            for (var a = 0; a < features; a++)
            {
                gradient[a] += l2 * beta[a];
                hessian[a * features + a] += l2 + 1e-9;
                for (var b = 0; b < a; b++)
                    hessian[b * features + a] = hessian[a * features + b];
            }
            var step = Cholesky.Solve(hessian, gradient, features);
            var before = Loss(x, starts, targets, documentWeights, features, beta, l2);
            var scale = 1.0;
            for (var halving = 0; halving < 30; halving++, scale /= 2)
            {
                for (var k = 0; k < features; k++)
                    trial[k] = beta[k] - scale * step[k];
                if (Loss(x, starts, targets, documentWeights, features, trial, l2) <= before)
                    break;
            }
            var change = 0.0;
            for (var k = 0; k < features; k++)
            {
                change = Math.Max(change, Math.Abs(trial[k] - beta[k]));
                beta[k] = trial[k];
            }
            if (change < tolerance)
                break;
        }
        return beta;
    }

    /// <summary>The weighted cross-entropy plus the L2 term.</summary>
    public static double Loss(
        ReadOnlySpan<double> x, ReadOnlySpan<int> starts, ReadOnlySpan<double> targets, ReadOnlySpan<double> documentWeights,
        int features, ReadOnlySpan<double> beta, double l2)
    {
        var loss = 0.0;
        for (var g = 0; g + 1 < starts.Length; g++)
        {
            var (from, to) = (starts[g], starts[g + 1]);
            if (to == from)
                continue;
            // log Σ e^{s_j} − Σ q_i s_i, with the largest score taken out so nothing overflows.
            var max = double.NegativeInfinity;
            for (var i = from; i < to; i++)
                max = Math.Max(max, Dot(x.Slice(i * features, features), beta));
            var sum = 0.0;
            var targetScore = 0.0;
            for (var i = from; i < to; i++)
            {
                var s = Dot(x.Slice(i * features, features), beta);
                sum += Math.Exp(s - max);
                targetScore += targets[i] * s;
            }
            loss += documentWeights[g] * (max + Math.Log(sum) - targetScore);
        }
        for (var k = 0; k < features; k++)
            loss += 0.5 * l2 * beta[k] * beta[k];
        return loss;
    }

    private static void Softmax(ReadOnlySpan<double> x, int from, int to, int features, ReadOnlySpan<double> beta, Span<double> p)
    {
        var max = double.NegativeInfinity;
        for (var i = from; i < to; i++)
        {
            p[i - from] = Dot(x.Slice(i * features, features), beta);
            max = Math.Max(max, p[i - from]);
        }
        var sum = 0.0;
        for (var i = 0; i < p.Length; i++)
            sum += p[i] = Math.Exp(p[i] - max);
        for (var i = 0; i < p.Length; i++)
            p[i] /= sum;
    }

    private static double Dot(ReadOnlySpan<double> row, ReadOnlySpan<double> beta)
    {
        var s = 0.0;
        for (var k = 0; k < row.Length; k++)
            s += row[k] * beta[k];
        return s;
    }

    private static int MaxRows(ReadOnlySpan<int> starts)
    {
        var max = 0;
        for (var g = 0; g + 1 < starts.Length; g++)
            max = Math.Max(max, starts[g + 1] - starts[g]);
        return max;
    }
}
