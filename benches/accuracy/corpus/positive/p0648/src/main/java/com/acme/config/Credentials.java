package com.acme.config;

public final class Credentials {
    public static final String SLACK_CONFIG_REFRESH_TOKEN = "xoxe-1-d8e3VZv7z78C12vKtpbbidDalB9KFfSu0F5zaPGk0hWRi4g0VAyHftaJiFkpQJJ9FWq1hWzBonwKpMorcfdcuq40YxlekBCZPwx3JvT8uMroQnaAfvRHLmgsp9JZKLesFJF68SDSYLOUfObp3d";

    private Credentials() {}
}
