using Dice.Lms.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;

namespace Dice.Lms.Infrastructure.Tests.Data;

/// <summary>`database copy` inserts rows table by table: every table must come after the tables its keys refer to.</summary>
public sealed class DatabaseCopyOrderTests
{
    [Test]
    public void EveryTableComesAfterTheTablesItRefersTo()
    {
        using var db = new SqliteDesignTimeFactory().CreateDbContext([]);
        var model = db.Model.GetRelationalModel();

        var order = DatabaseCopy.InKeyOrder(model).Select(t => t.Name).ToList();

        Assert.That(order, Is.EquivalentTo(model.Tables.Select(t => t.Name)), "every table, once");
        foreach (var table in model.Tables)
        {
            foreach (var key in table.ForeignKeyConstraints.Where(k => k.PrincipalTable.Name != table.Name))
            {
                Assert.That(order.IndexOf(key.PrincipalTable.Name), Is.LessThan(order.IndexOf(table.Name)), key.Name);
            }
        }

        Assert.That(order, Does.Contain("DataProtectionKeys").And.Contain("OutboxEmails").And.Contain("AspNetUsers"));
    }
}
