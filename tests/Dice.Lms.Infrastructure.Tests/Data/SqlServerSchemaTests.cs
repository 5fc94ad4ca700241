using System.Globalization;
using System.Text.RegularExpressions;
using Dice.Lms.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.SqlServer.TransactSql.ScriptDom;

namespace Dice.Lms.Infrastructure.Tests.Data;

/// <summary>
/// What SQL Server refuses at CREATE time while SQLite and PostgreSQL accept it, checked without a server: the committed
/// script must parse, and the model must have no multiple cascade paths, over-long index keys or nvarchar(max) keys.
/// </summary>
public sealed class SqlServerSchemaTests
{
    // SQL Server's limits on an index key (docs: "Maximum capacity specifications for SQL Server").
    private const int ClusteredKeyBytes = 900;
    private const int NonclusteredKeyBytes = 1700;

    [Test]
    public void TheCommittedScriptParsesWithoutErrors()
    {
        using var reader = new StreamReader(Path.Combine(Repository.Root, "docs", "sql", "sqlserver-idempotent.sql"));

        var script = new TSql160Parser(initialQuotedIdentifiers: true).Parse(reader, out var errors);

        Assert.That(errors.Select(e => $"line {e.Line}: {e.Message}"), Is.Empty);
        Assert.That(((TSqlScript)script).Batches, Is.Not.Empty);
    }

    [Test]
    public void NoTableIsReachedByTwoCascadePathsOrACycle()
    {
        using var db = new SqlServerDesignTimeFactory().CreateDbContext([]);

        Assert.That(CascadeProblems(db.Model.GetRelationalModel()), Is.Empty, "SQL Server error 1785");
    }

    [Test]
    public void EveryIndexKeyFitsSqlServersLimits()
    {
        using var db = new SqlServerDesignTimeFactory().CreateDbContext([]);

        Assert.That(KeyProblems(db.Model.GetRelationalModel()), Is.Empty);
    }

    [Test]
    public void TheChecksFindWhatSqlServerRefuses()
    {
        // The checks themselves, on a model built to break each rule once.
        using var db = new BrokenContext();
        var model = db.Model.GetRelationalModel();

        Assert.That(CascadeProblems(model), Has.Some.Contains("Grandchild"));
        Assert.That(KeyProblems(model), Has.Some.Contains("nvarchar(max)").And.Some.Contains("1700"));
    }

    /// <summary>
    /// SQL Server refuses a foreign key whose ON DELETE action (CASCADE or SET NULL alike) would let one delete reach a
    /// table along two paths, or come back to where it started.
    /// </summary>
    internal static List<string> CascadeProblems(IRelationalModel model)
    {
        var acting = model.Tables.SelectMany(t => t.ForeignKeyConstraints)
            .Where(fk => fk.OnDeleteAction is ReferentialAction.Cascade or ReferentialAction.SetNull or ReferentialAction.SetDefault)
            .ToLookup(fk => fk.PrincipalTable.Name, fk => (To: fk.Table.Name, fk.Name));
        var problems = new List<string>();
        foreach (var start in model.Tables.Select(t => t.Name))
        {
            var paths = new Dictionary<string, List<string>>();
            void Walk(string table, string path)
            {
                foreach (var (to, name) in acting[table])
                {
                    var next = $"{path} -{name}-> {to}";
                    if (to == start || path.Split(" -").Length > model.Tables.Count())
                    {
                        problems.Add($"cycle: {next}");
                        continue;
                    }

                    if (!paths.TryGetValue(to, out var seen))
                    {
                        paths[to] = seen = [];
                    }

                    seen.Add(next);
                    Walk(to, next);
                }
            }

            Walk(start, start);
            problems.AddRange(paths.Where(p => p.Value.Count > 1).Select(p => $"{p.Key} by {p.Value.Count} paths: {string.Join(" | ", p.Value)}"));
        }

        return problems.Distinct().ToList();
    }

    internal static List<string> KeyProblems(IRelationalModel model)
    {
        var problems = new List<string>();
        foreach (var table in model.Tables)
        {
            var keys = table.Indexes.Select(i => (i.Name, Columns: i.Columns.ToList(), Clustered: false))
                .Concat(table.UniqueConstraints.Select(u => (u.Name, Columns: u.Columns.ToList(), Clustered: u.GetIsPrimaryKey())));
            foreach (var (name, columns, clustered) in keys)
            {
                var limit = clustered ? ClusteredKeyBytes : NonclusteredKeyBytes;
                foreach (var column in columns.Where(c => c.StoreType.EndsWith("(max)", StringComparison.OrdinalIgnoreCase)))
                {
                    problems.Add($"{table.Name}.{name}: {column.Name} is {column.StoreType}, which no index key may hold");
                }

                var bytes = columns.Sum(c => Bytes(c.StoreType));
                if (bytes > limit)
                {
                    problems.Add($"{table.Name}.{name}: key of {bytes} bytes, over the {limit} a {(clustered ? "clustered" : "nonclustered")} index allows");
                }
            }
        }

        return problems;
    }

    /// <summary>The most bytes a value of a SQL Server column type takes in an index key.</summary>
    private static int Bytes(string storeType)
    {
        var match = Regex.Match(storeType, @"^(\w+)(?:\((\d+)(?:,\s*\d+)?\))?$");
        var type = match.Groups[1].Value.ToLowerInvariant();
        var length = match.Groups[2].Success ? int.Parse(match.Groups[2].Value, CultureInfo.InvariantCulture) : 0;
        return type switch
        {
            "nvarchar" or "nchar" => 2 * length,
            "varchar" or "char" or "varbinary" or "binary" => length,
            "bit" or "tinyint" => 1,
            "smallint" => 2,
            "int" or "real" or "date" or "smalldatetime" => 4,
            "bigint" or "float" or "datetime" or "datetime2" or "money" or "time" => 8,
            "datetimeoffset" => 10,
            "uniqueidentifier" => 16,
            "decimal" or "numeric" => 17,
            _ => storeType.EndsWith("(max)", StringComparison.OrdinalIgnoreCase) ? 0 : throw new NotSupportedException($"size of {storeType}"),
        };
    }

    private sealed class BrokenContext : DbContext
    {
        protected override void OnConfiguring(DbContextOptionsBuilder options) =>
            options.UseSqlServer("Server=localhost;Database=Broken;Integrated Security=true;TrustServerCertificate=true");

        protected override void OnModelCreating(ModelBuilder builder)
        {
            builder.Entity<Parent>();
            builder.Entity<Child>().HasOne<Parent>().WithMany().HasForeignKey(c => c.ParentId).OnDelete(DeleteBehavior.Cascade);
            builder.Entity<Grandchild>().HasOne<Child>().WithMany().HasForeignKey(g => g.ChildId).OnDelete(DeleteBehavior.Cascade);
            // A second way from Parent to Grandchild, by SET NULL: SQL Server counts it as a cascade path too.
            builder.Entity<Grandchild>().HasOne<Parent>().WithMany().HasForeignKey(g => g.ParentId).OnDelete(DeleteBehavior.SetNull);
            builder.Entity<Parent>().Property(p => p.Notes).HasColumnType("nvarchar(max)");
            builder.Entity<Parent>().HasIndex(p => p.Notes);
            builder.Entity<Parent>().Property(p => p.Name).HasMaxLength(1000);
            builder.Entity<Parent>().HasIndex(p => p.Name);
        }
    }

    private sealed class Parent
    {
        public int Id { get; set; }

        public string Name { get; set; } = "";

        public string Notes { get; set; } = "";
    }

    private sealed class Child
    {
        public int Id { get; set; }

        public int ParentId { get; set; }
    }

    private sealed class Grandchild
    {
        public int Id { get; set; }

        public int ChildId { get; set; }

        public int? ParentId { get; set; }
    }
}
