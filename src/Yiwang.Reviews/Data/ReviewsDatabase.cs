using Yiwang.Kernel.Data;

namespace Yiwang.Reviews.Data;

/// <summary>
/// The review workflow's tables. A module that files through a chain lists <see cref="Definition"/> among its databases
/// (<c>YiwangModule("Cultivation", Database, ReviewsDatabase.Definition)</c>); the host registers and migrates it once
/// however many modules list it.
/// </summary>
public static class ReviewsDatabase
{
    public static ModuleDatabase Definition { get; } =
        ModuleDatabase.For<ReviewsDbContext, SqliteReviewsDbContext, PostgresReviewsDbContext>("__rev_migrations");
}
