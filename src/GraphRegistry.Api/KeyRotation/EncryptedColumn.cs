using GraphRegistry.Api.Privacy;

namespace GraphRegistry.Api.KeyRotation;

/// <summary>An encrypted column and the personal field its values are protected as.</summary>
public sealed record EncryptedColumn(string Name, PersonalField Field);
