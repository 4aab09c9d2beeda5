namespace GraphRegistry.Api.Members;

/// <summary>A member's relationship to the head of household.</summary>
public enum Relationship
{
    Head,
    Spouse,
    Child,
    Parent,
    Sibling,
    OtherRelative,
    NonRelative,
}
