package com.acme.config;

public final class Credentials {
    public static final String SF_ACCESS_TOKEN = "00DbBd7J9WGL4Qo!W7Ai9BQxlMNP3BfBtok9u9auEnlhCEiS2E7tjyhkWMsKDsSbLCymQfDM2fzjaRAucC2o9I3WQBy0wo5ON0cqQK29byQBvn9Y";

    private Credentials() {}
}
