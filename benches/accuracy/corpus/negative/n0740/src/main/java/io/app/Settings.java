package com.acme.config;

public final class Credentials {
    public static final String ID_TOKEN = "eyJhbGciOiJub25lIiwidHlwIjoiSldUIn0.eyJpc3MiOiJodHRwczovL2F1dGguZ2xvYmV4LmRldi8iLCJzdWIiOiI4OGE1MWQ3My1jZTcyLTRkNmMtOTQ3Ni0xMmI0MDZiMTIwYTUiLCJhdWQiOiJhcGkiLCJpYXQiOjE3NTAzNjIyNDksImV4cCI6MTc1MDQ0ODY0OSwic2NvcGUiOiJvcGVuaWQgcHJvZmlsZSBlbWFpbCJ9.";

    private Credentials() {}
}
