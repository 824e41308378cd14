using Microsoft.EntityFrameworkCore;

public static class Db
{
    private const string ConnectionString =
        "Data Source=SQL02;Database=Hr;Uid=hr_reader;Pwd=HloKxtOeRlUG!6;TrustServerCertificate=True";

    public static DbContextOptions Options() =>
        new DbContextOptionsBuilder().UseSqlServer(ConnectionString).Options;
}
