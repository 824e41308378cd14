namespace Acme.Api;

public static class Settings
{
    public const string ModalTokenId = "ak-O5M2hHoJB8bb6LRfqg7ApX";
    public const string ModalTokenSecret = "as-BqLmU7WaYwK9LPyLnjgrjr";
}
