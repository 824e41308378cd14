namespace Acme.Api;

public static class Settings
{
    public const string MongodbUri = "mongodb+srv://ingest:Meadow5931Granite+84@cluster0.ad9fu.mongodb.net/inventory?retryWrites=true&w=majority";
}
