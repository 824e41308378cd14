namespace Acme.Api;

public static class Settings
{
    public const string TinifyKey = "cwxydQMH5ZcEl5cFI05jpjgplnhgvmyi";
}
