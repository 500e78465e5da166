using System.Globalization;
using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;

namespace IncidentPolicy.Benchmarks;

/// <summary>Operations per second: the value of the parameter <c>countParameter</c> divided by the mean time of one invocation.</summary>
public sealed class ThroughputColumn(string countParameter) : IColumn
{
    public string Id => nameof(ThroughputColumn) + countParameter;

    public string ColumnName => "Evaluations/s";

    public bool AlwaysShow => true;

    public ColumnCategory Category => ColumnCategory.Custom;

    public int PriorityInCategory => 0;

    public bool IsNumeric => true;

    public UnitType UnitType => UnitType.Dimensionless;

    public string Legend => $"{countParameter} divided by Mean: evaluations per second";

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase)
    {
        var report = summary[benchmarkCase];
        if (report?.ResultStatistics is not { } statistics || benchmarkCase.Parameters[countParameter] is not int count)
        {
            return "-";
        }

        return (count / (statistics.Median / 1e9)).ToString("N0", CultureInfo.InvariantCulture);
    }

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase, SummaryStyle style) => GetValue(summary, benchmarkCase);

    public bool IsAvailable(Summary summary) => true;

    public bool IsDefault(Summary summary, BenchmarkCase benchmarkCase) => false;
}
