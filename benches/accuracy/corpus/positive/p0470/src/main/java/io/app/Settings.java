package com.acme.config;

public final class Credentials {
    public static final String JIRA_EMAIL = "ingest@vandelay.io";
    public static final String JIRA_API_TOKEN = "ATATT3xnS-2HE9QvDu4jx47tY5TPwPDkZvhksplGJOyF2h29fKB9CxwBmhAli8OylqLmdDwUOOxy-eWJSExUgqcLQFSQsfUbtdemZOVlKwZBeNa_hSdbCZiAJsHyZY0JddzZTx3TmzoyArFIKuxzIfrr0txAAtuYdVoydVsCPg2Hh9ZxAWrqJxF=ED842700";

    private Credentials() {}
}
