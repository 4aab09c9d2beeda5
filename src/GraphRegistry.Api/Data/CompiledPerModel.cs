using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;

namespace GraphRegistry.Api.Data;

/// <summary>
/// An EF compiled query, compiled once for each model it meets. A compiled query refuses a context
/// whose model is another instance than the first it ran with: the SQLite and PostgreSQL contexts
/// (and a process hosting both, as the tests do) each get their own.
/// </summary>
public sealed class CompiledPerModel<TQuery>(Func<TQuery> compile)
    where TQuery : class
{
    private readonly ConditionalWeakTable<IModel, TQuery> compiled = [];

    public TQuery For(DbContext db) => compiled.GetValue(db.Model, _ => compile());
}
