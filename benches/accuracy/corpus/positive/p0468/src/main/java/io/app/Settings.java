package com.acme.config;

public final class Credentials {
    public static final String JIRA_EMAIL = "app_user@acme-corp.io";
    public static final String JIRA_API_TOKEN = "ATATT3E_qvIVsX_OQw7MKDLDJSy5RHPDDTI1AY9xyUTs7SD5fwq2sq0d0nmxAMzTJJwnf9FsBAEAEPrVsrfuWXS-CrM1murlpyWInCjqW7viMV27sK28imkviCnPJf80-SNYa0Qg5a99LrfwiFZGnOoCFTx3FCNh8q1CCOxVthxp13lyapUggHD=66E4A8F4";

    private Credentials() {}
}
