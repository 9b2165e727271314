namespace Briefly.Summarization.Training;

/// <summary>
/// L2-regularized logistic regression fitted by Newton's method (iteratively reweighted least squares) on a
/// small dense feature matrix. The intercept is not penalized. Deterministic: no randomness, fixed iteration order.
/// </summary>
internal static class LogisticRegression
{
    /// <param name="x">Row-major samples, <paramref name="features"/> wide.</param>
    /// <param name="y">Labels, 0 or 1.</param>
    /// <param name="weights">Sample weights (empty: all 1).</param>
    /// <param name="features">Number of columns.</param>
    /// <param name="l2">Penalty on the squared coefficients (not the intercept).</param>
    /// <param name="maxIterations">Newton steps at most.</param>
    /// <param name="tolerance">Stop once no coefficient moves more than this.</param>
    /// <returns>Coefficients and intercept.</returns>
    public static (double[] Coefficients, double Intercept) Fit(
        ReadOnlySpan<double> x, ReadOnlySpan<double> y, ReadOnlySpan<double> weights, int features, double l2, int maxIterations = 100, double tolerance = 1e-9)
    {
        var n = y.Length;
        if (x.Length != n * features)
            throw new ArgumentException("x must hold one row of features per label", nameof(x));
        var d = features + 1;  // last slot: intercept
        var beta = new double[d];
        var gradient = new double[d];
        var hessian = new double[d * d];
        var row = new double[d];
        for (var iteration = 0; iteration < maxIterations; iteration++)
        {
            Array.Clear(gradient);
            Array.Clear(hessian);
            for (var i = 0; i < n; i++)
            {
                x.Slice(i * features, features).CopyTo(row);
                row[features] = 1;
                var z = 0.0;
                for (var k = 0; k < d; k++)
                    z += beta[k] * row[k];
                var p = Sigmoid(z);
                var w = weights.IsEmpty ? 1 : weights[i];
                var g = w * (p - y[i]);
                var h = w * Math.Max(p * (1 - p), 1e-12);
                for (var a = 0; a < d; a++)
                {
                    gradient[a] += g * row[a];
                    var ha = h * row[a];
                    if (ha == 0)
                        continue;
                    for (var b = 0; b <= a; b++)
                        hessian[a * d + b] += ha * row[b];
                }
            }
            for (var a = 0; a < features; a++)
            {
                gradient[a] += l2 * beta[a];
                hessian[a * d + a] += l2;
            }
            hessian[features * d + features] += 1e-9;  // keeps the system solvable when all labels agree
            for (var a = 0; a < d; a++)
            {
                for (var b = a + 1; b < d; b++)
                    hessian[a * d + b] = hessian[b * d + a];
            }
            var step = Cholesky.Solve(hessian, gradient, d);
            // Damped Newton: halve the step while it would raise the loss, so separable data cannot make it diverge.
            var before = Loss(x, y, weights, features, beta, l2);
            var scale = 1.0;
            var trial = new double[d];
            for (var halving = 0; halving < 30; halving++, scale /= 2)
            {
                for (var k = 0; k < d; k++)
                    trial[k] = beta[k] - scale * step[k];
                if (Loss(x, y, weights, features, trial, l2) <= before)
                    break;
            }
            var change = 0.0;
            for (var k = 0; k < d; k++)
            {
                change = Math.Max(change, Math.Abs(trial[k] - beta[k]));
                beta[k] = trial[k];
            }
            if (change < tolerance)
                break;
        }
        return (beta[..features], beta[features]);
    }

    /// <summary>Weighted negative log-likelihood plus the L2 term; <paramref name="beta"/> ends with the intercept.</summary>
    public static double Loss(ReadOnlySpan<double> x, ReadOnlySpan<double> y, ReadOnlySpan<double> weights, int features, ReadOnlySpan<double> beta, double l2)
    {
        var loss = 0.0;
        for (var i = 0; i < y.Length; i++)
        {
            var z = beta[features];
            for (var k = 0; k < features; k++)
                z += beta[k] * x[i * features + k];
            // log(1 + e^z) − y·z, computed without overflow.
            var softplus = z > 0 ? z + Math.Log(1 + Math.Exp(-z)) : Math.Log(1 + Math.Exp(z));
            loss += (weights.IsEmpty ? 1 : weights[i]) * (softplus - y[i] * z);
        }
        for (var k = 0; k < features; k++)
            loss += 0.5 * l2 * beta[k] * beta[k];
        return loss;
    }

    public static double Sigmoid(double z) => z >= 0 ? 1 / (1 + Math.Exp(-z)) : Math.Exp(z) / (1 + Math.Exp(z));
}
