namespace Acme.Api;

public static class Settings
{
    public const string AwsBearerTokenBedrock = "ABSKQmVkcm9ja0FQSUtleS12b3Z1LWF0LTE1MTkyODU1MzMxNjpHNUVQNUhJVHFXL0RPQjZSTUtzdXpqV2JJSC9Ob2ZvZ2Fuemo5ckY3MFR1aHk5RjJyTkZVUzdYTGJHS0c=";
}
