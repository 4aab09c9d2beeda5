using GraphRegistry.Api.Privacy;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace GraphRegistry.Api.Data;

internal sealed class EncryptedConverter() : ValueConverter<Encrypted, string>(
    value => value.Ciphertext,
    column => new Encrypted(column));
