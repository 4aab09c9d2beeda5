namespace GraphRegistry.Api.Declarations;

public enum DeclarationSource
{
    Self,
    Operator,
    AdministrativeSource,
}
