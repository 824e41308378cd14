namespace Acme.Api;

public static class Settings
{
    public const string MapboxSecretToken = "sk.eyJ1IjoiaG9vbGktZGV2IiwiYSI6ImZwYmh6cmlvYWhpZm50NnQ0cDZoajcxbjcifQ.BKxBSA8JEtk856iT6RBsOQ";
}
