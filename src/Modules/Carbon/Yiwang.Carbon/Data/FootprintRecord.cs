namespace Yiwang.Carbon.Data;

/// <summary>
/// A computed footprint, owned by the enterprise (USCC) that computed it. The request and the full result are kept
/// as JSON so the report always shows what was computed at the time, whatever later factor sets say.
/// </summary>
internal sealed class FootprintRecord
{
    public Guid Id { get; set; }
    public string OwnerUscc { get; set; } = string.Empty;
    public string OwnerName { get; set; } = string.Empty;
    public string ProductName { get; set; } = string.Empty;
    public string TemplateId { get; set; } = string.Empty;
    public int ReferenceYear { get; set; }
    public double TotalKgCo2e { get; set; }
    public double CradleToGateKgCo2e { get; set; }

    /// <summary>Biogenic carbon in the product, kg C per declared unit, as declared by the enterprise; null when not declared.</summary>
    public double? BiogenicCarbonContentKgC { get; set; }

    /// <summary>PACT <c>version</c>: a recomputation under the same id would raise it; new computations start at 1.</summary>
    public int Version { get; set; } = 1;

    public DateTime CreatedAtUtc { get; set; }
    public string CreatedBy { get; set; } = string.Empty;
    public string InputJson { get; set; } = "{}";
    public string ResultJson { get; set; } = "{}";
}

/// <summary>Client credentials an enterprise issued to a customer system for its PACT endpoint; only a hash of the secret is kept.</summary>
internal sealed class PactClientRecord
{
    public long Id { get; set; }
    public string ClientId { get; set; } = string.Empty;
    public string SecretHash { get; set; } = string.Empty;
    public string OwnerUscc { get; set; } = string.Empty;
    public string Name { get; set; } = string.Empty;
    public DateTime CreatedAtUtc { get; set; }
    public string CreatedBy { get; set; } = string.Empty;
    public DateTime? RevokedAtUtc { get; set; }
}

/// <summary>An access token issued at <c>POST /auth/token</c>; stored hashed, valid until <see cref="ExpiresAtUtc"/>.</summary>
internal sealed class PactTokenRecord
{
    public string TokenHash { get; set; } = string.Empty;
    public string ClientId { get; set; } = string.Empty;
    public string OwnerUscc { get; set; } = string.Empty;
    public DateTime ExpiresAtUtc { get; set; }
}

/// <summary>A supplier's PACT ProductFootprint imported by an enterprise to use as an upstream input; the latest version per PACT id is kept.</summary>
internal sealed class SupplierFootprintRecord
{
    public Guid Id { get; set; }
    public string OwnerUscc { get; set; } = string.Empty;
    public Guid PfId { get; set; }
    public int PfVersion { get; set; }
    public string CompanyName { get; set; } = string.Empty;
    public string ProductName { get; set; } = string.Empty;
    public string DeclaredUnit { get; set; } = string.Empty;

    /// <summary>Our unit for <see cref="DeclaredUnit"/> (kilogram → kg …).</summary>
    public string Unit { get; set; } = string.Empty;

    public double KgCo2ePerUnit { get; set; }

    /// <summary>The supplier's PACT <c>biogenicCarbonContent</c> (kg C per its declared unit); null when the footprint did not give one.</summary>
    public double? BiogenicCarbonContentKgCPerUnit { get; set; }
    public DateTime ImportedAtUtc { get; set; }
    public string ImportedBy { get; set; } = string.Empty;
    public string Json { get; set; } = "{}";
}
