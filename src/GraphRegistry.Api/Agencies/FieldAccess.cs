namespace GraphRegistry.Api.Agencies;

public enum FieldAccess
{
    Full,
    Masked,
}
