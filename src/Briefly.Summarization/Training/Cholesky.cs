namespace Briefly.Summarization.Training;

/// <summary>Dense symmetric positive definite solves for the Newton steps of the training losses.</summary>
internal static class Cholesky
{
    /// <summary>Solves the symmetric positive definite system by Cholesky decomposition.</summary>
    public static double[] Solve(double[] a, double[] b, int d)
    {
        var l = new double[d * d];
        for (var i = 0; i < d; i++)
        {
            for (var j = 0; j <= i; j++)
            {
                var sum = a[i * d + j];
                for (var k = 0; k < j; k++)
                    sum -= l[i * d + k] * l[j * d + k];
                if (i == j)
                    l[i * d + i] = Math.Sqrt(Math.Max(sum, 1e-12));
                else
                    l[i * d + j] = sum / l[j * d + j];
            }
        }
        var y = new double[d];
        for (var i = 0; i < d; i++)
        {
            var sum = b[i];
            for (var k = 0; k < i; k++)
                sum -= l[i * d + k] * y[k];
            y[i] = sum / l[i * d + i];
        }
        var x = new double[d];
        for (var i = d - 1; i >= 0; i--)
        {
            var sum = y[i];
            for (var k = i + 1; k < d; k++)
                sum -= l[k * d + i] * x[k];
            x[i] = sum / l[i * d + i];
        }
        return x;
    }
}
