namespace GraphRegistry.Api.Statistics;

/// <summary>
/// One table's cost of perturbation: mean absolute and largest relative error of its published
/// cells, the share it hides now, and the share of cells of 1–9 records (what a minimum of 10
/// hid before noise, before any complementary suppression).
/// </summary>
public sealed record TableUtility(string Table, int Cells, double MeanAbsoluteError, double MaximumRelativeError, double HiddenShare, double SmallShare);
