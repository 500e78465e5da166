namespace IncidentPolicy.Validation;

/// <summary>
/// One step of a <see cref="ProblemLocation"/>: a <see cref="FieldSegment">field</see>, an
/// <see cref="KeySegment">entry by name</see>, an <see cref="IndexSegment">item by position</see> or a
/// <see cref="MatrixCellSegment">cell of the classification matrix</see>.
/// </summary>
public abstract record LocationSegment
{
    private protected LocationSegment()
    {
    }
}
