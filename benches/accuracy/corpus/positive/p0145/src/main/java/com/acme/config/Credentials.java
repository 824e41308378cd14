package com.acme.config;

public final class Credentials {
    public static final String NEPTUNE_API_TOKEN = "eyJhcGlfYWRkcmVzcyI6Imh0dHBzOi8vYXBwLm5lcHR1bmUuYWkiLCJhcGlfdXJsIjoiaHR0cHM6Ly9hcHAubmVwdHVuZS5haSIsImFwaV9rZXkiOiJkYTE0ODJmZS1jNWFhLTQ1MTMtOGFhNy01OTI3NWJkMzAxZWUifQ==";

    private Credentials() {}
}
